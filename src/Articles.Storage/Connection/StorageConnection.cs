using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Articles.Storage.Connection;

/// <summary>
/// Reads the one <c>ArticleStorage</c> setting the way the Functions host reads a connection: either a connection
/// string (the setting's own value, or <c>:connectionString</c>), or identity-based keys
/// <c>blobServiceUri</c>/<c>tableServiceUri</c> (or <c>accountName</c>) with <c>credential</c> and <c>clientId</c>.
/// </summary>
internal sealed class StorageConnection
{
    private StorageConnection(string? connectionString, Uri? blobUri, Uri? tableUri, string? credential, string? clientId)
    {
        ConnectionString = connectionString;
        BlobServiceUri = blobUri;
        TableServiceUri = tableUri;
        CredentialKind = credential;
        ClientId = clientId;
    }

    public string? ConnectionString { get; }

    public Uri? BlobServiceUri { get; }

    public Uri? TableServiceUri { get; }

    public string? CredentialKind { get; }

    public string? ClientId { get; }

    public bool UsesIdentity => ConnectionString is null;

    public static StorageConnection Read(IConfigurationSection section)
    {
        var connectionString = NonEmpty(section.Value) ?? NonEmpty(section["connectionString"]);
        if (connectionString is not null)
        {
            return new StorageConnection(connectionString, null, null, null, null);
        }

        var account = NonEmpty(section["accountName"]);
        var blob = NonEmpty(section["blobServiceUri"]) ?? (account is null ? null : $"https://{account}.blob.core.windows.net");
        var table = NonEmpty(section["tableServiceUri"]) ?? (account is null ? null : $"https://{account}.table.core.windows.net");
        if (blob is null || table is null)
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set '{StorageNames.ConnectionSetting}' to a connection string, or set " +
                $"'{StorageNames.ConnectionSetting}__accountName' (or both '__blobServiceUri' and '__tableServiceUri') " +
                "for an identity-based connection.");
        }

        return new StorageConnection(null, new Uri(blob), new Uri(table), NonEmpty(section["credential"]), NonEmpty(section["clientId"]));
    }

    /// <summary>managedidentity → that identity (user-assigned when clientId is set); otherwise the default chain.</summary>
    public TokenCredential CreateCredential()
    {
        if (string.Equals(CredentialKind, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return ClientId is null
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(ClientId));
        }

        var options = new DefaultAzureCredentialOptions();
        if (ClientId is not null)
        {
            options.ManagedIdentityClientId = ClientId;
        }

        return new DefaultAzureCredential(options);
    }

    public TableServiceClient CreateTableClient(TableClientOptions options, TokenCredential? credential) =>
        ConnectionString is not null
            ? new TableServiceClient(ConnectionString, options)
            : new TableServiceClient(TableServiceUri!, credential ?? CreateCredential(), options);

    public BlobServiceClient CreateBlobClient(BlobClientOptions options, TokenCredential? credential) =>
        ConnectionString is not null
            ? new BlobServiceClient(ConnectionString, options)
            : new BlobServiceClient(BlobServiceUri!, credential ?? CreateCredential(), options);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
