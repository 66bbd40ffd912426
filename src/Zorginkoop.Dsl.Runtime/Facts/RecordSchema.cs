using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Facts;

/// <summary>
/// The fields of a gegevens record, in declaration order. Fields are attached after construction so that
/// records may refer to each other (a Specialisme holds a list of Specialist, and so on).
/// </summary>
public sealed class RecordSchema
{
    private IReadOnlyList<FieldSchema> fields = [];
    private Dictionary<string, int> indexByName = new(StringComparer.Ordinal);

    public RecordSchema(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public IReadOnlyList<FieldSchema> Fields => fields;

    public RecordSchema WithFields(IReadOnlyList<FieldSchema> declared)
    {
        fields = declared;
        indexByName = declared.Select((f, i) => (f.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        return this;
    }

    public int IndexOf(string fieldName) => indexByName.TryGetValue(fieldName, out var index) ? index : -1;

    public FieldSchema? Find(string fieldName) => IndexOf(fieldName) is var i and >= 0 ? fields[i] : null;

    public override string ToString() => Name;
}
