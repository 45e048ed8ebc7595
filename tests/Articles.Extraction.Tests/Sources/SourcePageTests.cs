using System.Text;

namespace Articles.Extraction.Tests.Sources;

public class SourcePageTests
{
    private const string UkrainianPage = """
        <!DOCTYPE html>
        <html lang="uk"><head><meta charset="utf-8"><title>Мости через Буг</title>
        <meta property="og:site_name" content="Подільські новини"></head>
        <body><article>
          <h1>До зими відновлять три мости</h1>
          <figure><img src="/m.jpg" alt=""><figcaption>Фото: Reuters</figcaption></figure>
          <p>Уряд виділив 1,2 млрд гривень на відбудову мостів у Вінницькій області.</p>
          <p>Про це повідомляє <a href="https://www.ukrinform.ua/rubric-regions/1.html">Укрінформ</a> з посиланням на пресслужбу міністерства.</p>
          <p>Як пише «Економічна правда», торік на відбудову витратили вдвічі менше.</p>
          <p>За словами Віталія Костенчука, роботи почнуться ще до зими.</p>
        </article>
        <div class="promo"><a href="https://t.me/podilski">ЧИТАЙТЕ у TELEGRAM</a> найважливіше від «Подільські новини»</div>
        <footer><p>© 2024 «Подільські новини». Передрук з посиланням на «Подільські новини».</p></footer>
        </body></html>
        """;

    [Fact]
    public void PageGivesCitedOutletsWithLinksAndNothingElse()
    {
        var metadata = ArticleExtractor.Extract(Encoding.UTF8.GetBytes(UkrainianPage));

        Assert.Equal(["Укрінформ", "Економічна правда"], metadata.Sources.Select(s => s.Name));
        Assert.Equal("https://www.ukrinform.ua/rubric-regions/1.html", metadata.Sources[0].Url);
        Assert.Null(metadata.Sources[1].Url);
        Assert.StartsWith("Як пише «Економічна правда»", metadata.Sources[1].Evidence, StringComparison.Ordinal);
    }
}
