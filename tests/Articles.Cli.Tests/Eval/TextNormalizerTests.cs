using Articles.Cli.Eval;

namespace Articles.Cli.Tests.Eval;

public class TextNormalizerTests
{
    [Fact]
    public void Fold_composes_decomposed_letters_to_nfc()
    {
        // "й" written as и + combining breve, "é" as e + combining acute.
        Assert.Equal("Київський café", TextNormalizer.Fold("Киі\u0308вськии\u0306 cafe\u0301"));
    }

    [Fact]
    public void Fold_collapses_every_kind_of_whitespace_and_trims()
    {
        Assert.Equal("Зустріч у Стамбулі – ЗМІ", TextNormalizer.Fold("  Зустріч\u00A0у\tСтамбулі\n\n–  ЗМІ \u2009"));
    }

    [Fact]
    public void Fold_keeps_case_but_key_folds_it()
    {
        Assert.Equal("Reuters", TextNormalizer.Fold("Reuters"));
        Assert.Equal("рейтер", TextNormalizer.Key(" РЕЙТЕР "));
    }

    [Fact]
    public void Fold_of_null_is_empty() => Assert.Equal(string.Empty, TextNormalizer.Fold(null));
}
