using System.Text;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Cli.Tests.Batch;

/// <summary>The batch reader must take exactly what FactReader takes, to the same values, and leave everything else to it.</summary>
public class Utf8FactReaderTests
{
    private static readonly RecordSchema Keten = new("Keten");
    private static readonly RecordSchema Aanbieder = new("Zorgaanbieder");

    static Utf8FactReaderTests()
    {
        Keten.WithFields([
            new FieldSchema("zorgketen", TypeSchema.Choice("Zorgketen", ["DMII", "COPD", "criminele organisatie"]), false),
            new FieldSchema("kaderarts", TypeSchema.Boolean, false),
            new FieldSchema("sub", TypeSchema.ForRecord(Keten), true),
        ]);
        Aanbieder.WithFields([
            new FieldSchema("naam", TypeSchema.Text, true),
            new FieldSchema("aantal", TypeSchema.Integer, false),
            new FieldSchema("fte", TypeSchema.Decimal, false),
            new FieldSchema("omzet", TypeSchema.Money, false),
            new FieldSchema("mandaat", TypeSchema.Percentage, false),
            new FieldSchema("start", TypeSchema.Date, false),
            new FieldSchema("moment", TypeSchema.DateTime, false),
            new FieldSchema("duur", TypeSchema.Duration, false),
            new FieldSchema("vecozo", TypeSchema.Boolean, false),
            new FieldSchema("ketens", TypeSchema.ListOf(TypeSchema.ForRecord(Keten)), false),
            new FieldSchema("soorten", TypeSchema.ListOf(TypeSchema.Choice("Zorgketen", ["DMII", "COPD"])), false),
            new FieldSchema("hoofd", TypeSchema.ForRecord(Keten), false),
        ]);
    }

    public static TheoryData<string> Accepted() =>
    [
        """{}""",
        """{"naam":"De Linde","aantal":4200,"fte":1.6,"omzet":250000.50,"mandaat":85,"vecozo":true}""",
        """{"naam":"Coöperatie \"Rivierenland\" \\ \u00e9","aantal":-3,"fte":"1,5","omzet":"€ 250.000,-","mandaat":"85%"}""",
        """{"fte":1e2,"omzet":"1.234.567,89","mandaat":"5,5 %"}""",
        """{"naam":"\ud83d\ude00 \\ud800","omzet":"€ 12,50"}""",
        """{"start":"2026-03-10","moment":"2026-03-10T17:00","duur":"6 weken","vecozo":false,"naam":null}""",
        """{"ketens":[{"zorgketen":"DMII","kaderarts":true},{"zorgketen":"criminele organisatie","kaderarts":null,"sub":{"zorgketen":"COPD"}},null],"soorten":["COPD","DMII"]}""",
        """{"hoofd":{"zorgketen":"COPD","kaderarts":false},"ketens":[]}""",
        """{ /* commentaar */ "aantal": 1, "vecozo": true, } """,
        """{"\u0061antal":7}""",
        """{"hoofd":{"zorgketen":"\u0043OPD","kaderarts":true},"soorten":["\u0044MII"]}""",
        "  \r\n{\"aantal\" : 12}\r\n  ",
    ];

    public static TheoryData<string> Refused() =>
    [
        """{"aantal":1.5}""",
        """{"aantal":1e30}""",
        """{"aantal":"12"}""",
        """{"fte":"veel"}""",
        """{"fte":1e400}""",
        """{"start":"2026-02-30"}""",
        """{"moment":"morgen"}""",
        """{"duur":"6 eeuwen"}""",
        """{"vecozo":"ja"}""",
        """{"ketens":[{"zorgketen":"Astma"}]}""",
        """{"soorten":"DMII"}""",
        """{"hoofd":[1]}""",
        """{"onbekend":1}""",
        """{"aantal":1,}x""",
        """{"aantal":1} {"aantal":2}""",
        """[1,2]""",
        """{"naam":1}""",
        """{"aantal":""",
        "",
        """{"vecozo":true,"naam":"later in de lijst","aantal":1,"aantal":2}""",
        """{"hoofd":{"zorgketen":"COPD","zorgketen":"DMII"}}""",
        """{"naam":"\ud800"}""",
        """{"\udc00":1}""",
        """{"fte":"0.8"}""",
        """{"omzet":"12.50"}""",
        """{"mandaat":"5.5%"}""",
        """{"fte":"1.2.3"}""",
        """{"fte":"1.23,5"}""",
    ];

    [Theory]
    [MemberData(nameof(Accepted))]
    public void AcceptsWhatFactReaderAcceptsWithEqualValues(string json)
    {
        var (expected, errors) = FactReader.Parse(json, Aanbieder, "x");
        Assert.Empty(errors);

        Assert.True(new Utf8FactReader(Aanbieder).TryRead(Encoding.UTF8.GetBytes(json), out var actual));

        Assert.Equal(Dump(expected), Dump(actual));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void LeavesEverythingFactReaderRejectsToIt(string json)
    {
        Assert.NotEmpty(FactReader.Parse(json, Aanbieder, "x").Errors);

        Assert.False(new Utf8FactReader(Aanbieder).TryRead(Encoding.UTF8.GetBytes(json), out var facts));
        Assert.Null(facts);
    }

    /// <summary>The JSON reader skips comments unchecked; both readers still refuse a byte that is not UTF-8, anywhere.</summary>
    [Fact]
    public void BytesThatAreNotUtf8AreRefusedEvenInAComment()
    {
        var bytes = Encoding.UTF8.GetBytes("""{ /* Cooperatie */ "aantal": 1 }""");
        bytes[8] = 0xF6;

        Assert.False(new Utf8FactReader(Aanbieder).TryRead(bytes, out _));
        var error = Assert.Single(FactReader.Parse(bytes, Aanbieder, "x").Errors);
        Assert.Equal(FactErrorCodes.InvalidJson, error.Code);
        Assert.Contains("byte 9 van dit record (0xF6)", error.Message);
    }

    [Fact]
    public void KeuzeValuesAreTheSchemasOwnStrings()
    {
        Assert.True(new Utf8FactReader(Aanbieder).TryRead("""{"hoofd":{"zorgketen":"COPD"}}"""u8, out var facts));

        var member = ((FactRecord)facts!["hoofd"]!)["zorgketen"];
        Assert.Same(Keten.Fields[0].Type.ChoiceMembers![1], member);
    }

    /// <summary>Values with their runtime types, so 1.5m and 1.5 (double) or "1" and 1 would not pass as equal.</summary>
    private static string Dump(object? value) => value switch
    {
        null => "null",
        FactRecord record => $"{record.Schema.Name}{{{string.Join(", ", record.Schema.Fields.Select((f, i) => $"{f.Name}={Dump(record[i])}"))}}}",
        IReadOnlyList<object?> list => $"[{string.Join(", ", list.Select(Dump))}]",
        decimal number => $"decimal:{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        Duration duration => $"duur:{duration.Amount} {duration.Unit}",
        _ => $"{value.GetType().Name}:{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}",
    };
}
