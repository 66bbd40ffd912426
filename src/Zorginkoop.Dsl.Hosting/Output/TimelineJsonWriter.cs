using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Timelines;

namespace Zorginkoop.Dsl.Hosting.Output;

/// <summary>The documented JSON form of a timeline listing (see docs/cli.md).</summary>
public static class TimelineJsonWriter
{
    public static void Write(TextWriter output, TimelineHeader header, IReadOnlyList<TimelineReport> reports)
    {
        var events = new JsonObject();
        foreach (var (name, date) in header.Events)
        {
            events[name] = Date(date);
        }

        var root = new JsonObject
        {
            ["policy"] = header.PolicyPath,
            ["title"] = header.Title,
            ["on"] = Moment(header.Now),
            ["timeZone"] = Runtime.Values.AmsterdamTime.TimeZoneId,
            ["party"] = header.Party,
            ["events"] = events,
            ["timelines"] = new JsonArray([.. reports.Select(r => (JsonNode)Timeline(r))]),
        }.Versioned(SchemaVersions.Timeline);
        output.WriteLine(root.ToJsonString(JsonOutput.Indented));
    }

    private static JsonObject Timeline(TimelineReport report) => new()
    {
        ["name"] = report.Timeline.Name,
        ["title"] = report.Timeline.Title,
        ["location"] = Location(report.Timeline.Location),
        ["items"] = new JsonArray([.. report.Items.Select(i => (JsonNode)Item(i))]),
    };

    private static JsonObject Item(TimelineItem item) => new()
    {
        ["id"] = item.Entry.Id,
        ["number"] = item.Entry.Number,
        ["phase"] = item.Entry.Phase,
        ["kind"] = KindCode(item.Entry.Kind),
        ["schedule"] = item.Entry.Schedule?.Text,
        ["occurrence"] = item.Occurrence,
        ["status"] = item.Status.ToCode(),
        ["statusText"] = item.Status.ToDutch(),
        ["summary"] = item.Summary,
        ["parties"] = Strings(item.Entry.Parties),
        ["action"] = item.Entry.Action,
        ["channel"] = item.Entry.Channel,
        ["conditions"] = Strings(item.Entry.Conditions),
        ["exceptions"] = Strings(item.Entry.Exceptions),
        ["event"] = item.Entry.Event,
        ["moments"] = new JsonArray([.. item.Moments.Select(m => (JsonNode)new JsonObject
        {
            ["label"] = m.Label,
            ["date"] = Date(m.Date),
            ["time"] = m.Time?.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["before"] = m.Before,
            ["deadline"] = m.IsDeadline,
            ["instant"] = Moment(m.Instant),
            ["passed"] = m.HasPassed,
            ["text"] = m.Text,
        })]),
        ["due"] = item.Due is { } due ? Moment(due) : null,
        ["starts"] = item.Starts is { } starts ? Moment(starts) : null,
        ["waitingFor"] = Strings(item.WaitingFor),
        ["latestPossible"] = item.LatestPossible is { } latest ? Date(latest) : null,
        ["eventDate"] = item.EventDate is { } eventDate ? Date(eventDate) : null,
        ["followsFromParty"] = item.FollowsFromParty,
        ["location"] = Location(item.Entry.Location),
    };

    public static string KindCode(TimelineEntryKind kind) => kind switch
    {
        TimelineEntryKind.Deadline => "deadline",
        TimelineEntryKind.From => "from",
        TimelineEntryKind.On => "on",
        TimelineEntryKind.Within => "within",
        TimelineEntryKind.Window => "window",
        TimelineEntryKind.Preferred => "preferred",
        TimelineEntryKind.Recurring => "recurring",
        TimelineEntryKind.Continuous => "continuous",
        _ => "undated",
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Moment(DateTime moment) => moment.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static JsonObject Location(PolicyLocation location) => new()
    {
        ["file"] = location.File,
        ["line"] = location.Line,
        ["column"] = location.Column,
    };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v)!)]);
}
