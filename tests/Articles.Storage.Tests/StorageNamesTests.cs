using Articles.Storage.Layout;

namespace Articles.Storage.Tests;

public class StorageNamesTests
{
    [Fact]
    public void Table_list_is_the_one_the_infra_creates() =>
        Assert.Equal(
            ["Articles", "ArticlesByDate", "ArticlesBySource", "ArticlesByOfficial", "Sources", "Officials", "Ingestions"],
            TableNames.All);

    [Fact]
    public void Prefixes_are_put_in_front_of_every_name()
    {
        var layout = new StorageLayout(new StorageOptions { TablePrefix = "t42", ContainerPrefix = "t42-" });

        Assert.Equal("t42Articles", layout.Table(TableNames.Articles));
        Assert.Equal(["t42-articles-incoming", "t42-articles-raw", "t42-articles-rejected"], layout.Containers);
    }

    [Theory]
    [InlineData("4abc", "")]
    [InlineData("t-1", "")]
    [InlineData("", "T1-")]
    [InlineData("", "t1--")]
    [InlineData("", "-t1")]
    public void Invalid_prefixes_are_refused(string tablePrefix, string containerPrefix) =>
        Assert.Throws<ArgumentException>(() => new StorageLayout(new StorageOptions { TablePrefix = tablePrefix, ContainerPrefix = containerPrefix }));
}
