using System.Buffers;
using System.Text.RegularExpressions;
using Articles.Extraction.Attribution.Sources;
using Articles.Extraction.Body;
using Articles.Extraction.Model;
using Articles.Extraction.Text;

namespace Articles.Extraction.Attribution;

/// <summary>Media, agencies and platforms the article cites, one per outlet in order of first citation.
/// Sentence rules live in <see cref="SentenceSourceScanner"/>; known names in Data/outlets.txt.</summary>
public static class SourceFinder
{
    private static readonly SearchValues<char> UkrainianLetters = SearchValues.Create("іїєґІЇЄҐ");

    public static IReadOnlyList<SourceCitation> Find(AttributionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var publisher = new PublisherIdentity(context.Site, context.PageUrl);
        var language = context.Language ?? GuessLanguage(context.Body.Text);
        var citations = new List<SourceCitation>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        for (var index = 0; index < context.Sentences.Count; index++)
        {
            var sentence = context.Sentences[index];
            var paragraph = context.Body.Paragraphs[sentence.Paragraph];
            var offset = OffsetInParagraph(paragraph.Text, sentence);
            var links = LinkedSource.InSentence(paragraph, offset, sentence.Text.Length);
            var scan = ScanOrSkip(context, sentence.Text, publisher.IsKnown, links, context.CuesOf(index));

            foreach (var mention in scan.Mentions)
            {
                var name = mention.Known?.NameFor(language) ?? mention.Name;
                if (!publisher.IsPublisher(mention.Name, mention.Known) && !publisher.IsPublisher(name, mention.Known))
                {
                    Add(name, LinkedSource.UrlFor(mention, links, publisher), sentence.Text);
                }
            }

            if (!scan.HasCue)
            {
                continue;
            }

            foreach (var link in links.Where(l => !scan.Mentions.Any(m => LinkedSource.Overlaps(l, m))))
            {
                if (LinkedSource.NamedByLink(link, publisher) is { } named && !publisher.IsPublisher(named.Name, named.Known))
                {
                    Add(named.Known?.NameFor(language) ?? named.Name, link.Href, sentence.Text);
                }
            }
        }

        return citations;

        void Add(string name, string? url, string evidence)
        {
            if (seen.Add(name))
            {
                citations.Add(new SourceCitation(name, url, evidence));
            }
        }
    }

    // A sentence that makes a cue pattern time out (hostile input) cites nothing rather than failing the page.
    // A timeout on a busy machine can come from the first, cold run of a compiled pattern: one warm retry tells that
    // from text that is really hostile, which is then skipped (and noted).
    private static SentenceScan ScanOrSkip(AttributionContext context, string sentence, bool publisherKnown, IReadOnlyList<BodyLink> links, IReadOnlyList<CueHit> cues)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                return SentenceSourceScanner.Scan(
                    sentence, publisherKnown, (start, end) => links.Any(l => l.Start < end && start < l.Start + l.Text.Length), cues);
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }

        context.NoteTimeout("sources (a sentence skipped)");
        return SentenceScan.None;
    }

    private static int OffsetInParagraph(string paragraph, Sentence sentence)
    {
        var from = Math.Clamp(sentence.Start, 0, paragraph.Length);
        var found = paragraph.IndexOf(sentence.Text, from, StringComparison.Ordinal);
        return found >= 0 ? found : Math.Max(0, paragraph.IndexOf(sentence.Text, StringComparison.Ordinal));
    }

    // Ukrainian letters tell uk from ru; any Cyrillic without them is ru; otherwise en.
    private static string GuessLanguage(string text)
    {
        if (text.AsSpan().IndexOfAny(UkrainianLetters) >= 0)
        {
            return "uk";
        }

        return text.Any(c => c is >= '\u0400' and <= '\u04FF') ? "ru" : "en";
    }
}
