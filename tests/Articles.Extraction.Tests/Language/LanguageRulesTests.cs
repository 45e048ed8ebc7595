using Articles.Extraction.Fields.Language;
using Articles.Extraction.Tests.Page;

namespace Articles.Extraction.Tests.Language;

public class LanguageRulesTests
{
    private const string UkrainianText = "<p>Уряд ухвалив рішення про відновлення мостів. Їхні пропозиції єдині для всіх громад області.</p>";
    private const string RussianText = "<p>Правительство утвердило решение о восстановлении мостов. Это было объявлено в пятницу.</p>";

    private static (string? Value, string? Rule) Run(string html)
    {
        var found = LanguageRules.Cascade.Run(TestPages.Parse(html));
        return (found?.Value, found?.Rule);
    }

    [Theory]
    [InlineData("<html lang=\"uk-UA\">", "uk")]
    [InlineData("<html lang=\"UA\">", "uk")]
    [InlineData("<html lang=\"en\">", "uk")]
    public void Html_lang_is_normalised_and_checked_against_the_text(string html, string expected) =>
        Assert.Equal(expected, Run(html + "<body>" + UkrainianText).Value);

    [Fact]
    public void Og_locale_and_content_language_are_read()
    {
        Assert.Equal(("ru", "og:locale"), Run("<meta property=\"og:locale\" content=\"ru_RU\"><body>" + RussianText));
        Assert.Equal(("de", "content-language"), Run("<meta http-equiv=\"content-language\" content=\"de-AT\"><p>Der Bund</p>"));
    }

    [Fact]
    public void JsonLd_in_language_is_read() =>
        Assert.Equal(("uk", "jsonld"), Run("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"inLanguage\":\"uk-UA\"}</script>" + UkrainianText));

    [Theory]
    [InlineData(UkrainianText, "uk")]
    [InlineData(RussianText, "ru")]
    [InlineData("<p>The government approved the plan to rebuild the bridges, and the work is to start this week.</p>", "en")]
    [InlineData("<p>Die Regierung hat den Plan für die Brücken beschlossen, und die Arbeiten sind für den Herbst geplant.</p>", "de")]
    [InlineData("<p>Le gouvernement a approuvé le plan pour les ponts et les travaux sont prévus dans la région.</p>", "fr")]
    [InlineData("<p>El gobierno aprobó el plan para los puentes y las obras comienzan con el verano del año.</p>", "es")]
    public void Undeclared_language_is_told_from_the_text(string html, string expected) =>
        Assert.Equal((expected, "text"), Run(html));

    [Fact]
    public void Too_little_text_gives_no_language() => Assert.Null(Run("<p>OK</p>").Value);

    [Fact]
    public void Ukrainian_text_declared_russian_is_ukrainian() =>
        Assert.Equal(("uk", "text"), Run("<html lang=\"ru-RU\"><body>" + UkrainianText));

    [Fact]
    public void Other_cyrillic_declaration_is_kept() =>
        Assert.Equal(("bg", "html-lang"), Run("<html lang=\"bg\"><body>" + RussianText));

    [Theory]
    [InlineData("x-klingon")]
    [InlineData("12")]
    [InlineData("")]
    public void Malformed_declarations_are_skipped(string lang) =>
        Assert.Equal("text", Run($"<html lang=\"{lang}\"><body>" + RussianText).Rule);
}
