using System.Text;

namespace Articles.Functions.Tests.Faults;

/// <summary>
/// Small generated English news pages for the fault tests: each has its own canonical URL, cites one of a few
/// agencies and quotes one of a few ministers, so many pages share source and official counts (hot aggregate rows).
/// </summary>
internal static class FaultPages
{
    private static readonly string[] Agencies = ["Reuters", "Associated Press", "BBC"];
    private static readonly string[] Ministers = ["Helen Carter", "Marek Nowak", "Olena Shevchuk", "David Osei"];

    public static string Url(string run, int page) => $"https://faults.example/{run}/news/{page}";

    public static byte[] Page(string run, int page, string variant = "") => Encoding.UTF8.GetBytes(
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Harbour works report {page}{variant} - Coastal Times</title>
        <link rel="canonical" href="{Url(run, page)}">
        <meta property="og:site_name" content="Coastal Times">
        <meta property="article:published_time" content="2025-{1 + (page % 12):D2}-{1 + (page % 28):D2}T07:30:00Z">
        </head>
        <body>
        <article>
        <h1>Harbour works report {page}{variant}</h1>
        <p>The harbour authority finished stage {page}{variant} of the pier repairs on Sunday, {Agencies[page % Agencies.Length]} reported.</p>
        <p>"Stage {page} is safe again and the timetable is back to normal," said transport minister {Ministers[page % Ministers.Length]}.</p>
        </article>
        </body>
        </html>
        """);

    /// <summary>Not HTML at all (NUL bytes): the upload must end rejected, with the reason.</summary>
    public static byte[] Garbage(int index) => [0x00, 0x01, (byte)index, 0x00, 0xFF, .. "<html>"u8, 0x00];
}
