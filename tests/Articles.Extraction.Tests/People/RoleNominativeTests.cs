using Articles.Extraction.Attribution.People;

namespace Articles.Extraction.Tests.People;

public class RoleNominativeTests
{
    [Theory]
    [InlineData("Критику висловив оточення колишнього президента США Дональда Трампа вчора.", "uk", "Дональд Трамп", "колишній президент США")]
    [InlineData("Лист передали британській прем'єрці Терезі Мей у п'ятницю.", "uk", "Тереза Мей", "британська прем'єрка")]
    [InlineData("Зустріч із заступником голови обласної адміністрації Іваном Мельником скасували.", "uk", "Іван Мельник", "заступник голови обласної адміністрації")]
    [InlineData("Встреча с советником премьера по безопасности Марком Седвиллом прошла в Лондоне.", "ru", "Марк Седвилл", "советник премьера по безопасности")]
    [InlineData("Письмо направили действующему президенту США Джо Байдену накануне.", "ru", "Джо Байден", "действующий президент США")]
    [InlineData("Об этом сообщили в окружении заместителя губернатора Ларисы Каманиной.", "ru", "Лариса Каманина", "заместитель губернатора")]
    public void Declined_roles_are_cited_in_the_nominative(string text, string language, string name, string role)
    {
        var mention = Assert.Single(PersonFinder.Find(text, language), m => m.Name == name);
        Assert.Equal(role, mention.Role);
    }

    [Fact]
    public void Another_persons_name_inside_a_title_is_left_out()
    {
        var mentions = PersonFinder.Find("Об этом заявил советник президента США Дональда Трампа по безопасности Джон Болтон.", "ru");
        var bolton = Assert.Single(mentions, m => m.Name == "Джон Болтон");
        Assert.Equal("советник президента США по безопасности", bolton.Role);
        Assert.Equal("США", bolton.Affiliation);
    }

    [Fact]
    public void A_name_after_a_preposition_takes_no_title()
    {
        var mentions = PersonFinder.Find("Це сказав прем'єр Польщі під час дебатів у Страсбурзі.", "uk");
        Assert.Empty(mentions);
    }

    [Fact]
    public void English_participle_after_a_comma_is_not_an_apposition()
    {
        var mentions = PersonFinder.Find("Trump aimed his criticism at Barack Obama, saying the president wants to golf.", "en");
        var obama = Assert.Single(mentions, m => m.Name == "Barack Obama");
        Assert.Null(obama.Role);
    }

    [Fact]
    public void English_comma_title_before_the_name()
    {
        var mentions = PersonFinder.Find("“We will see,” Ryan’s spokeswoman, AshLee Strong, said in a statement.", "en");
        var strong = Assert.Single(mentions, m => m.Name == "AshLee Strong");
        Assert.Equal("Ryan’s spokeswoman", strong.Role);
    }
}
