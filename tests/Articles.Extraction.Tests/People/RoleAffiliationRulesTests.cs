using Articles.Extraction.Attribution.People;

namespace Articles.Extraction.Tests.People;

public class RoleAffiliationRulesTests
{
    private static PersonMention Single(string text, string language, string name) =>
        Assert.Single(PersonFinder.Find(text, language), m => m.Name == name);

    [Fact]
    public void English_its_apposition_takes_the_clause_subject_as_affiliation()
    {
        var m = Single("Ottawa was represented by Martin Gable, its chief negotiator for Arctic fisheries.", "en", "Martin Gable");
        Assert.Equal("chief negotiator for Arctic fisheries", m.Role);
        Assert.Equal("Canada", m.Affiliation);
    }

    [Fact]
    public void English_its_apposition_after_an_organisation_subject()
    {
        var m = Single("NATO sent Laura Hemmings, its special representative for the Balkans, to the meeting.", "en", "Laura Hemmings");
        Assert.Equal("special representative for the Balkans", m.Role);
        Assert.Equal("NATO", m.Affiliation);
    }

    [Fact]
    public void English_its_owner_skips_a_place_named_only_as_a_location()
    {
        var m = Single("Berlin was represented at the talks in Moscow by Peter Walsh, its senior envoy.", "en", "Peter Walsh");
        Assert.Equal("senior envoy", m.Role);
        Assert.Equal("Germany", m.Affiliation);
    }

    [Fact]
    public void English_its_before_a_comma_title_names_the_owner()
    {
        var m = Single("Relations with Brazil worsened under its new president, Carlos Mendes, last year.", "en", "Carlos Mendes");
        Assert.Equal("Brazil", m.Affiliation);
    }

    [Fact]
    public void English_leading_nationality_moves_to_the_affiliation()
    {
        var m = Single("Polish Prime Minister Tomasz Nowak said the talks went well.", "en", "Tomasz Nowak");
        Assert.Equal("Prime Minister", m.Role);
        Assert.Equal("Poland", m.Affiliation);
    }

    [Fact]
    public void English_leading_country_abbreviation_yields_to_a_party_in_the_role()
    {
        var m = Single("In Florida, U.S. Republican presidential nominee Donald Trump spoke for an hour.", "en", "Donald Trump");
        Assert.Equal("Republican presidential nominee", m.Role);
        Assert.Equal("Republican Party", m.Affiliation);
    }

    [Fact]
    public void English_single_title_word_keeps_its_nationality()
    {
        var m = Single("The talks were backed by Turkish President Recep Erdogan on Sunday.", "en", "Recep Erdogan");
        Assert.Equal("Turkish President", m.Role);
        Assert.Equal("Turkey", m.Affiliation);
    }

    [Fact]
    public void English_capital_metonym_stays_in_the_role()
    {
        var m = Single("Talks were led by Anna Berg, the Kremlin's special envoy for energy, on Friday.", "en", "Anna Berg");
        Assert.Equal("the Kremlin's special envoy for energy", m.Role);
        Assert.Equal("Russia", m.Affiliation);
    }

    [Fact]
    public void Ukrainian_possessive_apposition_drops_the_pronoun_and_takes_the_owner()
    {
        var m = Single("Польщу представляв Томаш Новак – її спеціальний посланник з питань енергетики, повідомляють джерела.", "uk", "Томаш Новак");
        Assert.Equal("спеціальний посланник з питань енергетики", m.Role);
        Assert.Equal("Польща", m.Affiliation);
    }

    [Fact]
    public void Russian_possessive_apposition_drops_the_pronoun_and_takes_the_owner()
    {
        var m = Single("Францию представлял Жан Дюпон – ее старший советник по вопросам энергетики, сообщают источники.", "ru", "Жан Дюпон");
        Assert.Equal("старший советник по вопросам энергетики", m.Role);
        Assert.Equal("Франция", m.Affiliation);
    }

    [Fact]
    public void Russian_title_chain_with_genitive_complement_is_kept_whole()
    {
        var m = Single("Об этом заявила спикер палаты представителей Анна Смирнова на брифинге.", "ru", "Анна Смирнова");
        Assert.Equal("спикер палаты представителей", m.Role);
        Assert.Equal("Палата представителей США", m.Affiliation);
    }

    [Fact]
    public void Declined_name_takes_the_genitive_title_it_agrees_with()
    {
        var mentions = PersonFinder.Find("Советник президента Франции Жана Дюпона по экономике Пьер Мартен прибыл в Киев.", "ru");
        var dupont = Assert.Single(mentions, m => m.Name == "Жан Дюпон");
        Assert.Equal("президент Франции", dupont.Role);
        Assert.Equal("Франция", dupont.Affiliation);
    }

    [Fact]
    public void Declined_name_after_a_declined_head_keeps_the_whole_chain()
    {
        var m = Single("Слова заступника міністра оборони Андрія Коваленка цитують медіа.", "uk", "Андрій Коваленко");
        Assert.Equal("заступник міністра оборони", m.Role);
    }

    [Fact]
    public void Ukrainian_nationality_adjective_becomes_the_genitive_country()
    {
        var m = Single("Як зазначив польський президент Анджей Ковальський, переговори тривають.", "uk", "Анджей Ковальський");
        Assert.Equal("президент Польщі", m.Role);
        Assert.Equal("Польща", m.Affiliation);
    }

    [Fact]
    public void Russian_declined_nationality_adjective_becomes_the_genitive_country()
    {
        var m = Single("Слова французского министра Жана Дюпона привели газеты.", "ru", "Жан Дюпон");
        Assert.Equal("министр Франции", m.Role);
        Assert.Equal("Франция", m.Affiliation);
    }

    [Fact]
    public void Nationality_adjective_stays_when_the_role_already_names_a_country()
    {
        var m = Single("Як зазначив американський посол у Польщі Джон Сміт, переговори тривають.", "uk", "Джон Сміт");
        Assert.StartsWith("американський посол", m.Role, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_offices_joined_by_a_comma_are_one_role()
    {
        var m = Single("Про це сказав заступник міністра фінансів, голова податкової служби Петро Гнатюк.", "uk", "Петро Гнатюк");
        Assert.Equal("заступник міністра фінансів, голова податкової служби", m.Role);
    }

    [Fact]
    public void Two_declined_offices_are_each_made_nominative()
    {
        var m = Single("По словам заместителя министра финансов, главы налоговой службы Петра Смирнова, сборы выросли.", "ru", "Петр Смирнов");
        Assert.Equal("заместитель министра финансов, глава налоговой службы", m.Role);
    }

    [Fact]
    public void A_comma_after_another_persons_name_does_not_join_roles()
    {
        var mentions = PersonFinder.Find("Виступили міністр оборони Іван Петренко, заступник міністра Олег Савчук.", "uk");
        var savchuk = Assert.Single(mentions, m => m.Name == "Олег Савчук");
        Assert.Equal("заступник міністра", savchuk.Role);
    }

    [Fact]
    public void Health_minister_title_names_the_health_ministry()
    {
        var m = Single("Про це сказав заступник міністра охорони здоров’я Петро Гнатюк на брифінгу.", "uk", "Петро Гнатюк");
        Assert.Equal("заступник міністра охорони здоров’я", m.Role);
        Assert.Equal("МОЗ", m.Affiliation);
    }

    [Fact]
    public void Unknown_acronym_organisation_after_the_title_is_the_affiliation()
    {
        var m = Single("Как сообщила главврач ЦРБ Искитима Анна Петрова, прививки продолжатся.", "ru", "Анна Петрова");
        Assert.Equal("главврач ЦРБ Искитима", m.Role);
        Assert.Equal("ЦРБ Искитима", m.Affiliation);
    }

    [Fact]
    public void Known_organisation_wins_over_the_acronym_fallback()
    {
        var m = Single("Про це сказав речник МЗС Олег Ніколенко на брифінгу.", "uk", "Олег Ніколенко");
        Assert.Equal("МЗС", m.Affiliation);
    }
}
