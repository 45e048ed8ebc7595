using Articles.Extraction.Attribution.People;

namespace Articles.Extraction.Tests.People;

public class PersonFinderTests
{
    private static PersonMention Single(string text, string? language, string name) =>
        Assert.Single(PersonFinder.Find(text, language), m => m.Name == name);

    [Fact]
    public void Ukrainian_title_before_name_gives_role_and_affiliation()
    {
        var m = Single("Про це заявив президент України Володимир Зеленський під час брифінгу.", "uk", "Володимир Зеленський");
        Assert.Equal("президент України", m.Role);
        Assert.Equal("Україна", m.Affiliation);
        Assert.Equal(Gender.Male, m.Gender);
    }

    [Fact]
    public void Ukrainian_declined_name_after_title_is_made_nominative()
    {
        var m = Single("Таку думку висловив речник МЗС Олега Ніколенка нібито.", "uk", "Олег Ніколенко");
        Assert.Equal("Олега Ніколенка", m.Surface);
        Assert.Equal("речник МЗС", m.Role);
    }

    [Fact]
    public void Ukrainian_long_title_with_complements_is_kept_whole()
    {
        var m = Single("На зустріч приїхав спеціальний посланник Кремля з питань врегулювання Андрій Петренко.", "uk", "Андрій Петренко");
        Assert.Equal("спеціальний посланник Кремля з питань врегулювання", m.Role);
        Assert.Equal("росія", m.Affiliation);
    }

    [Fact]
    public void Ukrainian_dash_apposition_gives_role_and_metonym_affiliation()
    {
        var m = Single("Францію представляв Жан Дюпон – старший радник Парижа з питань енергетики, про це пише видання.", "uk", "Жан Дюпон");
        Assert.Equal("старший радник Парижа з питань енергетики", m.Role);
        Assert.Equal("Франція", m.Affiliation);
    }

    [Fact]
    public void Ukrainian_list_item_subject_gives_the_affiliation()
    {
        var mentions = PersonFinder.Find("Делегації очолили: Польщу – Ян Ковальський, Євросоюз – представник у справах регіону Тойво Клаара.", "uk");
        var klaara = Assert.Single(mentions, m => m.Surface == "Тойво Клаара");
        Assert.Equal("представник у справах регіону", klaara.Role);
        Assert.Equal("ЄС", klaara.Affiliation);
    }

    [Fact]
    public void Ukrainian_initial_and_surname_is_a_person()
    {
        var m = Single("Звернення підписав В. Зеленський увечері.", "uk", "В. Зеленський");
        Assert.Null(m.Role);
    }

    [Fact]
    public void Ukrainian_places_and_months_are_not_people()
    {
        var mentions = PersonFinder.Find("У вівторок, 5 березня, у Києві та Варшаві пройшли переговори Європейського Союзу.", "uk");
        Assert.Empty(mentions);
    }

    [Fact]
    public void Russian_title_before_name()
    {
        var m = Single("Об этом сообщил глава МИД России Сергей Лавров журналистам.", "ru", "Сергей Лавров");
        Assert.Equal("глава МИД России", m.Role);
        Assert.Equal("Россия", m.Affiliation);
    }

    [Fact]
    public void Russian_comma_apposition()
    {
        var m = Single("Как отметил Сергей Лавров, министр иностранных дел, переговоры продолжатся.", "ru", "Сергей Лавров");
        Assert.Equal("министр иностранных дел", m.Role);
    }

    [Fact]
    public void Russian_declined_name_in_reported_speech()
    {
        var m = Single("По словам премьер-министра Польши Матеуша Моравецкого, проект опасен.", "ru", "Матеуш Моравецкий");
        Assert.Equal("премьер-министр Польши", m.Role);
        Assert.Equal("Польша", m.Affiliation);
    }

    [Fact]
    public void English_title_before_name()
    {
        var m = Single("Secretary of State John Kerry met the delegation on Monday.", "en", "John Kerry");
        Assert.Equal("Secretary of State", m.Role);
    }

    [Fact]
    public void English_abbreviated_title()
    {
        var m = Single("The bill was backed by Sen. Tim Kaine of Virginia.", "en", "Tim Kaine");
        Assert.Equal("Sen.", m.Role);
    }

    [Fact]
    public void English_apposition_with_possessive_affiliation()
    {
        var m = Single("Igor Khovaev, the Kremlin's special envoy for the region, declined to comment.", "en", "Igor Khovaev");
        Assert.Equal("the Kremlin's special envoy for the region", m.Role);
        Assert.Equal("Russia", m.Affiliation);
    }

    [Fact]
    public void English_party_adjective_before_name()
    {
        var m = Single("Later, Republican presidential nominee Donald Trump spoke in Ohio.", "en", "Donald Trump");
        Assert.Equal("Republican presidential nominee", m.Role);
        Assert.Equal("Republican Party", m.Affiliation);
    }

    [Fact]
    public void English_possessive_is_stripped_from_the_name()
    {
        var m = Single("Officials studied Hillary Clinton's plan.", "en", "Hillary Clinton");
        Assert.Equal("Hillary Clinton's", m.Surface);
    }

    [Fact]
    public void Language_is_guessed_from_the_script()
    {
        var m = Single("Заяву зробив міністр оборони України Олексій Резніков.", null, "Олексій Резніков");
        Assert.Equal("міністр оборони України", m.Role);
    }

    [Fact]
    public void Offsets_point_at_the_surface()
    {
        const string text = "Вчора міністр Ігоря Ховаєва не згадував.";
        var m = Single(text, "uk", "Ігор Ховаєв");
        Assert.Equal(m.Surface, text.Substring(m.Start, m.Length));
    }

    [Theory]
    [InlineData("She watched the show on Amazon Prime Video last night.")]
    [InlineData("The Prince of Wales opened the bridge.")]
    [InlineData("Ryan McEnaney is a spokesperson for Endless Summer Hydrangeas in Minnesota.")]
    public void English_products_and_places_after_titles_are_not_people(string text)
    {
        var mentions = PersonFinder.Find(text, "en");
        Assert.DoesNotContain(mentions, m => m.Name is "Video" or "Wales" or "Endless Summer Hydrangeas");
    }

    [Fact]
    public void English_honorific_is_not_part_of_the_name()
    {
        var m = Assert.Single(PersonFinder.Find("Then Mr Parish told the committee it was wrong.", "en"));
        Assert.Equal("Parish", m.Name);
    }

    [Fact]
    public void Capitalised_adjective_inside_a_title_is_not_a_name()
    {
        var mentions = PersonFinder.Find("Як повідомив речник Повітряних сил ЗСУ Юрій Ігнат, ворог запустив дрони.", "uk");
        var m = Assert.Single(mentions);
        Assert.Equal("Юрій Ігнат", m.Name);
        Assert.Equal("речник Повітряних сил ЗСУ", m.Role);
    }

    [Fact]
    public void Surname_after_a_title_is_still_a_name()
    {
        var m = Assert.Single(PersonFinder.Find("Вчора президент Зеленський заявив, що переговори тривають.", "uk"));
        Assert.Equal("Зеленський", m.Name);
        Assert.Equal("президент", m.Role);
    }

    [Fact]
    public void Name_particles_stay_in_the_name()
    {
        var m = Assert.Single(PersonFinder.Find("Київ відвідала президентка Єврокомісії Урсула фон дер Ляєн.", "uk"));
        Assert.Equal("Урсула фон дер Ляєн", m.Name);
        Assert.Equal("Європейська комісія", m.Affiliation);
        Assert.Equal(Gender.Female, m.Gender);
    }

    [Fact]
    public void English_hyphenated_title_and_organisation_affiliation()
    {
        var m = Assert.Single(PersonFinder.Find("UN Secretary-General Antonio Guterres called for a ceasefire.", "en"));
        Assert.Equal("Antonio Guterres", m.Name);
        Assert.Equal("UN Secretary-General", m.Role);
        Assert.Equal("United Nations", m.Affiliation);
    }

    [Fact]
    public void Feminine_title_is_cited_in_the_nominative()
    {
        var m = Assert.Single(PersonFinder.Find("Законопроєкт розкритикувала депутатка Ірина Геращенко.", "uk"));
        Assert.Equal("депутатка", m.Role);
        Assert.Equal(Gender.Female, m.Gender);
    }
}
