using Articles.Extraction.Attribution;
using Articles.Extraction.Body;

namespace Articles.Extraction.Tests.Attribution;

public sealed class AttributionTimeoutNotesTests
{
    private static AttributionContext Context() =>
        new(new ArticleBody([new BodyParagraph("Про це повідомляє Reuters.", [])]), "uk", null, null);

    [Fact]
    public void ANormalText_NotesNothing()
    {
        var context = Context();

        var sources = SourceFinder.Find(context);
        OfficialFinder.Find(context);

        Assert.Equal(["Reuters"], sources.Select(s => s.Name));
        Assert.Empty(context.TimedOut);
    }

    [Fact]
    public void Notes_AreKeptOnceEach_AndNotSharedWithACopy()
    {
        var context = Context();
        context.NoteTimeout("quotes");
        context.NoteTimeout("quotes");
        context.NoteTimeout("sources (a sentence skipped)");

        var copy = context with { Language = "ru" };

        Assert.Equal(["quotes", "sources (a sentence skipped)"], context.TimedOut);
        Assert.Empty(copy.TimedOut);
    }
}
