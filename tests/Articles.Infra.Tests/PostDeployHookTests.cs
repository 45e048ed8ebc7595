using Articles.Infra.Tests.Support;

namespace Articles.Infra.Tests;

/// <summary>The postdeploy hook subscribes the right function to the right container, and azd runs it.</summary>
[Collection(CompiledTemplateGroup.Name)]
public sealed class PostDeployHookTests(CompiledTemplate compiled)
{
    [Fact]
    public void HookFunctionName_IsTheBlobTriggerInFunctionsMetadata()
    {
        var configured = (string?)compiled.Template.Root["parameters"]?["blobTriggerFunctionName"]?["defaultValue"];

        foreach (var trigger in FunctionsMetadata.BlobTriggers)
        {
            Assert.Equal(trigger.FunctionName, configured);
        }
    }

    [Fact]
    public void BlobTriggers_UseEventGrid()
    {
        // Flex Consumption has no polling blob trigger: without Source = EventGrid uploads would never fire.
        Assert.All(FunctionsMetadata.BlobTriggers, trigger => Assert.Equal("EventGrid", trigger.Source, ignoreCase: true));
    }

    [Fact]
    public void HookContainerOutput_IsTheBlobTriggerContainer()
    {
        var output = (string?)compiled.Template.Root["outputs"]?["ARTICLES_INCOMING_CONTAINER"]?["value"] ?? "";
        var container = Assert.Single(compiled.Template.ValuesOf(output));

        Assert.All(FunctionsMetadata.BlobTriggers, trigger => Assert.Equal(trigger.Container, container));
    }

    [Fact]
    public void SystemTopic_PublishesTheStorageAccountsEvents()
    {
        var topic = compiled.Single("Microsoft.EventGrid/systemTopics").Properties!;

        Assert.Equal("Microsoft.Storage.StorageAccounts", (string?)topic["topicType"]);
        Assert.Contains("storage", (string?)topic["source"] ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void HookInputs_AreTemplateOutputs()
    {
        var outputs = compiled.Template.Root["outputs"]!.AsObject().Select(pair => pair.Key).ToList();
        var script = File.ReadAllText(InfraPaths.InRepo("infra", "hooks", "postdeploy.sh"));

        foreach (var name in new[] { "AZURE_RESOURCE_GROUP", "AZURE_FUNCTION_APP_NAME", "EVENTGRID_SYSTEM_TOPIC_NAME",
                                     "ARTICLES_INCOMING_CONTAINER", "BLOB_TRIGGER_FUNCTION_NAME" })
        {
            Assert.Contains(name, outputs);
            Assert.Contains("$" + name, script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AzureYaml_RunsHookScriptsThatExist()
    {
        var lines = File.ReadAllLines(InfraPaths.InRepo("azure.yaml"));
        var scripts = lines
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("run:", StringComparison.Ordinal))
            .Select(line => line["run:".Length..].Trim())
            .ToList();

        Assert.Contains("postdeploy:", lines.Select(line => line.Trim()));
        Assert.Equal(2, scripts.Count);
        Assert.All(scripts, script => Assert.True(File.Exists(InfraPaths.InRepo(script.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(part => part != ".").ToArray())), script));
    }

    [Fact]
    public void AzureYaml_DeploysTheFunctionsProjectAsServiceApi()
    {
        var yaml = File.ReadAllText(InfraPaths.InRepo("azure.yaml"));

        Assert.Contains("  api:", yaml, StringComparison.Ordinal);
        Assert.Contains("project: ./src/Articles.Functions", yaml, StringComparison.Ordinal);
        Assert.Contains("host: function", yaml, StringComparison.Ordinal);
        Assert.True(File.Exists(InfraPaths.InRepo("src", "Articles.Functions", "Articles.Functions.csproj")));
    }
}
