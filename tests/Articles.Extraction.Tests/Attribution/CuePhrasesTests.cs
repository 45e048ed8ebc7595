using System.Text.RegularExpressions;
using Articles.Extraction.Attribution;
using Articles.Extraction.Attribution.Quotes;
using Articles.Extraction.Attribution.Sources;

namespace Articles.Extraction.Tests.Attribution;

public class CuePhrasesTests
{
    [Theory]
    [InlineData("Про це повідомляє агентство.", 7, 10)]
    [InlineData("ПОВІДОМИВ Reuters", 0, 9)]
    [InlineData("як повідомлялося раніше", 3, 13)]
    [InlineData("Інформацію передає УНІАН.", 11, 7)]
    public void Finds_whole_words_ignoring_case_with_letters_after_a_star(string text, int index, int length)
    {
        var cues = new CuePhrases("повідомля*", "повідомив*", "передає");
        var hit = Assert.Single(cues.Matches(text));
        Assert.Equal((index, length), (hit.Index, hit.Length));
    }

    [Theory]
    [InlineData("передаєте")]
    [InlineData("перепередає")]
    [InlineData("передає2")]
    public void Needs_a_word_boundary_on_both_sides(string text) => Assert.Empty(new CuePhrases("передає").Matches(text));

    [Fact]
    public void Spaces_match_any_run_of_white_space_and_apostrophes_any_apostrophe()
    {
        var cues = new CuePhrases("за даними", "інтерв'ю");
        Assert.Equal(
            [(0, 10), (14, 8)],
            cues.Matches("за \u00a0даними, в інтерв’ю").Select(h => (h.Index, h.Length)));
        Assert.Single(cues.Matches("в інтервʼю"));
    }

    [Fact]
    public void A_final_colon_may_follow_white_space_and_a_final_space_is_taken_with_the_run()
    {
        var cues = new CuePhrases("джерело:", "according to ");
        Assert.Equal(
            [(0, 9), (19, 14)],
            cues.Matches("Джерело : Reuters; according to  AP").Select(h => (h.Index, h.Length)));
        Assert.Empty(cues.Matches("according toAP"));
    }

    [Fact]
    public void Matches_do_not_overlap_and_the_first_listed_phrase_wins_at_a_position()
    {
        var cues = new CuePhrases("said in", "said", "in a statement");
        var hits = cues.Matches("He said in a statement");
        Assert.Equal([(3, 7)], hits.Select(h => (h.Index, h.Length)));
    }

    [Fact]
    public void Lists_searched_together_keep_their_kind()
    {
        var cues = new CuePhrases([["за словами "], ["за даними "]]);
        Assert.Equal([0, 1], cues.Matches("За словами міністра, за даними МВС").Select(h => h.Kind));
    }

    [Fact]
    public void Match_at_a_position_needs_a_word_start()
    {
        var cues = new CuePhrases("про це");
        Assert.NotNull(cues.MatchAt("Про це сказав", 0));
        Assert.Null(cues.MatchAt("Запро це", 3));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("a*b")]
    [InlineData("'quote")]
    [InlineData("a  b")]
    public void Rejects_phrases_it_cannot_key(string phrase) =>
        Assert.Throws<ArgumentException>(() => new CuePhrases(phrase));

    [Fact]
    public void Lists_searched_together_each_find_what_they_would_find_alone()
    {
        var cues = new CuePhrases([["said in"], ["in a statement"]]);
        Assert.Equal(
            [(3, 7, 0), (8, 14, 1)],
            cues.Matches("He said in a statement").Select(h => (h.Index, h.Length, h.Kind)));
    }

    // The cues were regular expressions; each list must find what its expression found.
    [Theory]
    [InlineData("Як повідомляє Reuters з посиланням на джерела, у газеті The Times написали про це.")]
    [InlineData("По данным ТАСС, в эфире телеканала он сказал, что источник: РИА Новости.")]
    [InlineData("According to the AP, he told Politico and tweeted; the paper first reported it, citing sources.")]
    [InlineData("Читайте нас у Telegram. Підписуйтесь! Follow us on X.")]
    [InlineData("ПЕРЕДАЄ Укрінформ; інтерв'ю BBC; інтервʼю CNN; виданню «Дзеркало тижня»; і газеті")]
    [InlineData("reports, reported2, reporting—wrote, writes; опублікувала; оприлюднив; said on Monday; source : X")]
    [InlineData("За словами міністра, за даними МВС, на його думку, in her words, according to  officials, по мнению экспертов")]
    public void Each_cue_list_finds_what_the_equivalent_pattern_finds(string text)
    {
        string[][] lists =
        [
            SourceCues.MediaPhrases(), SourceCues.PromoPhrases(), AccordingTo.SpeakerPhrases(), AccordingTo.DataPhrases(),
            AccordingTo.PossessivePhrases(),
        ];
        var found = SentenceCues.Of(text);
        for (var kind = 0; kind < lists.Length; kind++)
        {
            var pattern = new Regex(
                @"\b(?:" + string.Join('|', lists[kind].Select(ToPattern)) + ")",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            Assert.Equal(
                pattern.Matches(text).Select(m => (m.Index, m.Length)),
                found.Where(h => h.Kind == kind).Select(h => (h.Index, h.Length)));
        }
    }

    private static string ToPattern(string phrase)
    {
        var body = string.Concat(phrase.Select(c => c switch
        {
            ' ' => @"\s+",
            '*' => @"\p{L}*",
            '\'' => "['’ʼ]",
            ':' => @"\s*:",
            _ => Regex.Escape(c.ToString()),
        }));
        return phrase.EndsWith(':') || phrase.EndsWith(' ') ? body : body + @"\b";
    }
}
