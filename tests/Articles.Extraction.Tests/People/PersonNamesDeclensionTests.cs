using Articles.Extraction.Attribution.People;

namespace Articles.Extraction.Tests.People;

public class PersonNamesDeclensionTests
{
    [Theory]
    [InlineData("Ігоря Ховаєва", "uk", "Ігор Ховаєв")]
    [InlineData("Ігорю Ховаєву", "uk", "Ігор Ховаєв")]
    [InlineData("Ігорем Ховаєвим", "uk", "Ігор Ховаєв")]
    [InlineData("Олега Ніколенка", "uk", "Олег Ніколенко")]
    [InlineData("Андрію Шевчуку", "uk", "Андрій Шевчук")]
    [InlineData("Андрія Шевчука", "uk", "Андрій Шевчук")]
    [InlineData("Володимира Зеленського", "uk", "Володимир Зеленський")]
    [InlineData("Володимиром Зеленським", "uk", "Володимир Зеленський")]
    [InlineData("Терезі Мей", "uk", "Тереза Мей")]
    [InlineData("Терези Мей", "uk", "Тереза Мей")]
    [InlineData("Марії Ковальської", "uk", "Марія Ковальська")]
    [InlineData("Марією Ковальською", "uk", "Марія Ковальська")]
    [InlineData("Ангели Меркель", "uk", "Ангела Меркель")]
    [InlineData("Віктора Ляшка", "uk", "Віктор Ляшко")]
    [InlineData("Миколи Петренка", "uk", "Микола Петренко")]
    [InlineData("Дональда Трампа", "uk", "Дональд Трамп")]
    [InlineData("Дональдом Трампом", "uk", "Дональд Трамп")]
    [InlineData("Джо Байдена", "uk", "Джо Байден")]
    [InlineData("Джо Байдену", "uk", "Джо Байден")]
    [InlineData("Луї Боно", "uk", "Луї Боно")]
    [InlineData("Анджея Дуди", "uk", "Анджей Дуда")]
    [InlineData("Юлії Тимошенко", "uk", "Юлія Тимошенко")]
    [InlineData("Сергея Лаврова", "ru", "Сергей Лавров")]
    [InlineData("Сергею Лаврову", "ru", "Сергей Лавров")]
    [InlineData("Сергеем Лавровым", "ru", "Сергей Лавров")]
    [InlineData("Дмитрия Кулебы", "ru", "Дмитрий Кулеба")]
    [InlineData("Юлии Тимошенко", "ru", "Юлия Тимошенко")]
    [InlineData("Марии Захаровой", "ru", "Мария Захарова")]
    [InlineData("Ларисы Каманиной", "ru", "Лариса Каманина")]
    [InlineData("Аллы Дробинской", "ru", "Алла Дробинская")]
    [InlineData("Игоря Ховаева", "ru", "Игорь Ховаев")]
    [InlineData("Марка Седвилла", "ru", "Марк Седвилл")]
    [InlineData("Майку Пенсу", "ru", "Майк Пенс")]
    [InlineData("Зеленского", "ru", "Зеленский")]
    [InlineData("Зеленського", "uk", "Зеленський")]
    [InlineData("Ковальської", "uk", "Ковальська")]
    [InlineData("Ховаєвим", "uk", "Ховаєв")]
    [InlineData("Петренка", "uk", "Петренко")]
    [InlineData("Тереза Мей", "uk", "Тереза Мей")]
    [InlineData("Тойво Клаара", "uk", "Тойво Клаар")]
    [InlineData("Trump's", "en", "Trump")]
    [InlineData("Hillary Clinton’s", "en", "Hillary Clinton")]
    [InlineData("John Kerry", null, "John Kerry")]
    [InlineData("Ігоря Ховаєва", null, "Ігор Ховаєв")]
    public void ToNominative_rebuilds_the_nominative(string surface, string? language, string expected) =>
        Assert.Equal(expected, PersonNames.ToNominative(surface, language));

    [Theory]
    [InlineData("Ховаєв", "Ігор Ховаєв", "uk")]
    [InlineData("Ховаєва", "Ігор Ховаєв", "uk")]
    [InlineData("Клаара", "Тойво Клаара", "uk")]
    [InlineData("Клаари", "Тойво Клаар", "uk")]
    [InlineData("Зеленського", "Володимир Зеленський", "uk")]
    [InlineData("В. Зеленський", "Володимир Зеленський", "uk")]
    [InlineData("Лаврову", "Сергей Лавров", "ru")]
    [InlineData("Trump's", "Donald Trump", "en")]
    [InlineData("Clinton", "Hillary Clinton", "en")]
    public void SamePerson_matches_surnames_and_declined_forms(string a, string b, string language) =>
        Assert.True(PersonNames.SamePerson(a, b, language));

    [Theory]
    [InlineData("Hillary Clinton", "Bill Clinton", "en")]
    [InlineData("Ігор Ховаєв", "Олег Ніколенко", "uk")]
    [InlineData("Сергей Лавров", "Сергей Шойгу", "ru")]
    [InlineData("Ю. Тимошенко", "Віктор Тимошенко", "uk")]
    public void SamePerson_keeps_different_people_apart(string a, string b, string language) =>
        Assert.False(PersonNames.SamePerson(a, b, language));
}
