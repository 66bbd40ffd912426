namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>
/// ZI9403–ZI9409: the cache of compiled policy assemblies (Hosting). Every one is a warning that is shown
/// only with <c>ZORGINKOOP_VERBOSE=1</c>: the cache only saves time, so a problem with it never changes an answer
/// or fails a command; the policy is compiled as if there were no cache.
/// </summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor CacheEntryDamagedDescriptor = Warning("ZI9403", "Cache-item beschadigd of onvolledig");
    public static readonly DiagnosticDescriptor CacheFolderUnusableDescriptor = Warning("ZI9404", "Cachemap niet bruikbaar");
    public static readonly DiagnosticDescriptor CacheLimitInvalidDescriptor = Warning("ZI9405", "Ongeldige grootte voor de cache");

    public static Diagnostic CacheEntryDamaged(string path, string reason) =>
        Create(CacheEntryDamagedDescriptor, null,
            $"Het cache-item '{path}' is beschadigd of onvolledig ({reason}); het beleid wordt opnieuw gecompileerd en het item vervangen.");

    public static Diagnostic CacheFolderUnusable(string folder, string reason) =>
        Create(CacheFolderUnusableDescriptor, null,
            $"De cachemap '{folder}' is niet bruikbaar ({reason}); het beleid wordt gecompileerd zonder het te bewaren. Kies een andere map met ZORGINKOOP_CACHE, of zet de cache uit met ZORGINKOOP_CACHE=off.");

    public static Diagnostic CacheLimitInvalid(string value, int defaultMegabytes) =>
        Create(CacheLimitInvalidDescriptor, null,
            $"ZORGINKOOP_CACHE_LIMIT_MB='{value}' is geen geheel aantal megabytes; de cache gebruikt de standaardgrens van {defaultMegabytes} MB.");
}
