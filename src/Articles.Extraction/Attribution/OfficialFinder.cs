using Articles.Extraction.Attribution.People;
using Articles.Extraction.Attribution.Quotes;
using Articles.Extraction.Model;
using Articles.Extraction.Text;

namespace Articles.Extraction.Attribution;

/// <summary>
/// Officials and quoted speakers with their quotes: every person with a public role, plus every speaker with quotes
/// (named people named: true; anonymous phrases and institutions named: false), one entry each, in article order.
/// </summary>
public static class OfficialFinder
{
    public static IReadOnlyList<Official> Find(AttributionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sentences = context.Sentences;
        // Undeclared pages: the same script guess the people index makes (і ї є ґ vs ы э ъ ё vs Latin).
        var language = context.Language ?? (context.Body.Paragraphs.Count == 0 ? null : LanguageGuess.Of(context.Body.Text));
        var people = PeopleIndex.Build([.. sentences.Select(s => s.Text)], language);
        IReadOnlyList<AttributedQuote> quotes;
        try
        {
            quotes = QuoteFinder.Find(sentences, people, language, context.Site, context.CuesOf);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            // A quote rule tripping over odd text must not cost the page its other fields; the officials stay.
            quotes = [];
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            context.NoteTimeout("quotes");
            quotes = [];
        }

        return Compose(people, quotes, context.Site);
    }

    internal static IReadOnlyList<Official> Compose(PeopleIndex people, IReadOnlyList<AttributedQuote> quotes, string? site)
    {
        var entries = new List<Entry>();
        var firstSeen = new Dictionary<Person, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < people.Mentions.Count; i++)
        {
            var person = people.Find(people.Mentions[i].Mention.Name);
            if (person is not null)
            {
                firstSeen.TryAdd(person, people.Mentions[i].Sentence);
            }
        }

        foreach (var person in people.People)
        {
            if (people.IsOfficial(person) && !IsPublisher(person.Name, site))
            {
                var order = firstSeen.TryGetValue(person, out var at) ? at : int.MaxValue;
                entries.Add(new Entry(person.Name, person, order));
            }
        }

        foreach (var quote in quotes)
        {
            if (IsPublisher(quote.Speaker.Name, site))
            {
                continue;
            }

            var entry = entries.Find(e => Same(e, quote.Speaker, people));
            if (entry is null)
            {
                entry = new Entry(quote.Speaker.Person?.Name ?? quote.Speaker.Name, quote.Speaker.Person, quote.Sentence);
                entries.Add(entry);
            }

            entry.Add(quote.Quote);
        }

        return [.. entries.OrderBy(e => e.Order).Select(e => e.ToOfficial())];
    }

    private static bool Same(Entry entry, Speaker speaker, PeopleIndex people)
    {
        if (entry.Person is not null && speaker.Person is not null)
        {
            return ReferenceEquals(entry.Person, speaker.Person)
                || PersonNames.SamePerson(entry.Person.Name, speaker.Person.Name, null);
        }

        return entry.Person is null && speaker.Person is null && string.Equals(entry.Name, speaker.Name, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsPublisher(string name, string? site) =>
        site is not null && string.Equals(name.Trim(), site.Trim(), StringComparison.OrdinalIgnoreCase);

    private sealed class Entry(string name, Person? person, int order)
    {
        public string Name { get; } = name;

        public Person? Person { get; } = person;

        public int Order { get; } = order;

        public List<Quote> Quotes { get; } = [];

        /// <summary>Adds a quote; of two readings of one sentence where one holds the other, the shorter stays.</summary>
        public void Add(Quote quote)
        {
            for (var i = 0; i < Quotes.Count; i++)
            {
                var had = Quotes[i];
                if (had.Evidence != quote.Evidence)
                {
                    continue;
                }

                if (had.Text.Contains(quote.Text, StringComparison.Ordinal))
                {
                    Quotes[i] = quote;
                    return;
                }

                if (quote.Text.Contains(had.Text, StringComparison.Ordinal))
                {
                    return;
                }
            }

            Quotes.Add(quote);
        }

        public Official ToOfficial() => new()
        {
            Name = Name,
            Role = Person?.Role,
            Affiliation = Person?.Affiliation,
            Named = Person is not null,
            Mentions = Person?.Mentions ?? Quotes.Count,
            Quotes = Quotes,
        };
    }
}
