using Articles.Extraction.Fields.Authors;

namespace Articles.Extraction.Tests.Authors;

public class AuthorNamesTests
{
    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("BY JANE DOE", "JANE DOE")]
    [InlineData("Від Марії Коваль", "Марії Коваль")]
    [InlineData("Автор: Марія Коваль", "Марія Коваль")]
    [InlineData("Von Max Mustermann am 12. März 2024", "Max Mustermann")]
    [InlineData("Текст: Ирина Петрова", "Ирина Петрова")]
    [InlineData("Jane Doe | Example News", "Jane Doe")]
    [InlineData("Jane Doe jane.doe@example.com", "Jane Doe")]
    [InlineData("Jane Doe @janedoe", "Jane Doe")]
    [InlineData("Jane Doe Email the author", "Jane Doe")]
    [InlineData("Jane Doe Updated 3 hours ago", "Jane Doe")]
    [InlineData("Eberhard Fuhr (Pressesprecher)", "Eberhard Fuhr")]
    [InlineData("Brendan Carlin For The Mail On Sunday", "Brendan Carlin")]
    [InlineData("R. R.", "R. R.")]
    [InlineData("© Reuters", "")]
    [InlineData("Foto: Jan Koch", "")]
    public void Cleaning(string raw, string expected) => Assert.Equal(expected, AuthorNameCleaner.Clean(raw));

    [Theory]
    [InlineData("Jane Doe and John Smith", new[] { "Jane Doe", "John Smith" })]
    [InlineData("Jane Doe, John Smith & Ann Lee", new[] { "Jane Doe", "John Smith", "Ann Lee" })]
    [InlineData("Марія Коваль та Іван Петренко", new[] { "Марія Коваль", "Іван Петренко" })]
    [InlineData("Ирина Петрова и Олег Сидоров", new[] { "Ирина Петрова", "Олег Сидоров" })]
    [InlineData("Lars Fischer und Alina Schadwinkel", new[] { "Lars Fischer", "Alina Schadwinkel" })]
    [InlineData("Jane Doe, Senior Reporter", new[] { "Jane Doe" })]
    [InlineData("Staff Writer", new[] { "Staff Writer" })]
    [InlineData("Richard David Precht im Gespräch mit Karin Fischer", new[] { "Richard David Precht", "Karin Fischer" })]
    public void Splitting(string byline, string[] names) => Assert.Equal(names, AuthorNameSplitter.Split(byline));

    [Theory]
    [InlineData("Jane Doe", true)]
    [InlineData("jancak", true)]
    [InlineData("Isabella.DiBiase", true)]
    [InlineData("https://www.facebook.com/jane", false)]
    [InlineData("example.com", false)]
    [InlineData("Bund der Verbraucher e.V.", false)]
    [InlineData("deinen Hochzeitsbloggern", false)]
    [InlineData("This is a whole sentence that cannot be anybody's name at all", false)]
    public void Plausibility(string name, bool plausible) => Assert.Equal(plausible, AuthorNameValidator.IsPlausible(name));
}
