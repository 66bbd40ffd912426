using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Zorginkoop.Dsl.Server.Http;

/// <summary>
/// Reads a request body up to a limit, whatever the transport says: a Content-Length over the limit is refused
/// before a byte is read, and a chunked body is counted as it arrives, so no request can fill the memory.
/// </summary>
public static class BoundedBody
{
    /// <returns>The bytes, or null when the body is larger than <paramref name="limit"/>.</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > limit)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, limit) + 1);
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }
}
