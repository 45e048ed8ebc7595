using Articles.Functions.Tests.Contract;

namespace Articles.Functions.Tests.Security;

/// <summary>docs/security.md's route table says exactly what functions.metadata declares (the build copies the doc here).</summary>
public sealed class SecurityDocTests
{
    [Fact]
    public void RouteTable_IsExactlyFunctionsMetadata()
    {
        var documented = DocumentedRoutes();
        var generated = GeneratedMetadata.Functions
            .Select(function => function!.AsObject())
            .Select(function => (Name: (string?)function["name"], Trigger: function["bindings"]!.AsArray().Select(b => b!.AsObject()).FirstOrDefault(b => (string?)b["type"] == "httpTrigger")))
            .Where(function => function.Trigger is not null)
            .SelectMany(function => function.Trigger!["methods"]!.AsArray().Select(method =>
                $"{function.Name} | {((string?)method)!.ToUpperInvariant()} /api/{(string?)function.Trigger["route"]} | {(string?)function.Trigger["authLevel"]}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(12, generated.Count);
        Assert.Equal(generated, documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RouteTable_IsReadFromTheDoc()
    {
        Assert.Contains("DeleteArticle | DELETE /api/articles/{id} | Function", DocumentedRoutes());
        Assert.Contains("Health | GET /api/health | Anonymous", DocumentedRoutes());
    }

    /// <summary>"Name | METHOD /api/route | Level" for every row of the table under "Routes and their auth levels".</summary>
    private static List<string> DocumentedRoutes()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Docs", "security.md"));
        var start = Array.FindIndex(lines, line => line.StartsWith("## Routes", StringComparison.Ordinal));
        Assert.True(start >= 0, "docs/security.md has no '## Routes' section");
        return lines.Skip(start + 1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => $"{cells[1].Trim('`')} | {cells[2].Trim('`')} | {cells[3]}")
            .ToList();
    }
}
