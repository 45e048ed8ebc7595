namespace Articles.Extraction.Tests.Quotes;

public class SpeakerChoiceTests
{
    [Fact]
    public void Appositive_leads_back_to_the_name_before_it()
    {
        var (official, found) = Attribute.Single("en",
            "\"The markets are nervous about the election,\" said Chris Weston, chief market strategist at IG Ltd., in a note.");
        Assert.Equal("Chris Weston", official.Name);
        Assert.Equal("The markets are nervous about the election", found.Text);
    }

    [Fact]
    public void Name_after_an_article_is_not_the_speaker()
    {
        var (official, _) = Attribute.Single("en",
            "Donald Trump spoke in Ohio on Monday.",
            "Chris Baker, a Trump supporter, said the lack of support from party leaders is nothing new.");
        Assert.Equal("Chris Baker", official.Name);
    }

    [Fact]
    public void Participle_takes_the_subject_of_its_clause()
    {
        var officials = Attribute.Run("en",
            "Donald Trump aimed his criticism at Barack Obama, saying the president cared more about golf than allies.");
        var speaker = Assert.Single(officials, o => o.Quotes.Count > 0);
        Assert.Equal("Donald Trump", speaker.Name);
    }

    [Fact]
    public void Subject_right_before_the_verb_wins_over_an_earlier_name()
    {
        var officials = Attribute.Run("en",
            "And even if Hillary Clinton becomes president, Barack Obama said he expects she will face sexism in office.");
        var speaker = Assert.Single(officials, o => o.Quotes.Count > 0);
        Assert.Equal("Barack Obama", speaker.Name);
    }

    [Fact]
    public void Anonymous_phrase_after_an_opinion_cue_is_put_in_the_nominative()
    {
        var (official, _) = Attribute.Single("ru",
            "По мнению американских политологов, Дональд Трамп испугался процедуры импичмента.");
        Assert.Equal("американские политологи", official.Name);
        Assert.False(official.Named);
    }

    [Fact]
    public void Dash_sentence_after_an_attribution_continues_the_speaker()
    {
        var officials = Attribute.Run("ru",
            "— Мы получили 400 доз вакцины, — пояснила Лариса Каманина на совещании. — Началось распределение вакцины по больницам.");
        var speaker = Assert.Single(officials, o => o.Quotes.Count > 0);
        Assert.Equal("Лариса Каманина", speaker.Name);
        Assert.Equal(["Мы получили 400 доз вакцины", "Началось распределение вакцины по больницам."], speaker.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void Role_noun_points_back_to_the_official_named_before()
    {
        var officials = Attribute.Run("uk",
            "Президент США Джо Байден провів зустріч із сенаторами.",
            "\"Сенат змінився відтоді, як я був там\", – зазначив американський лідер.");
        var speaker = Assert.Single(officials, o => o.Quotes.Count > 0);
        Assert.Equal("Джо Байден", speaker.Name);
    }

    [Fact]
    public void Two_readings_of_one_sentence_keep_the_shorter_clause()
    {
        var (official, found) = Attribute.Single("ru",
            "Это, по мнению американских политологов, говорит о том, что Трамп испугался процедуры импичмента.");
        Assert.Equal("американские политологи", official.Name);
        Assert.Equal("Трамп испугался процедуры импичмента", found.Text);
    }
}
