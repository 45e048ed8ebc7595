using Articles.Storage.Layout;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Articles.Storage;

/// <summary>
/// The service clients of the <c>ArticleStorage</c> connection and the layout (prefixed names). The Functions app
/// gets its container clients here (incoming, rejected) so it uses the same names as the store.
/// </summary>
public sealed class ArticleStorageClients(TableServiceClient tables, BlobServiceClient blobs, StorageLayout layout)
{
    public TableServiceClient Tables { get; } = tables;

    public BlobServiceClient Blobs { get; } = blobs;

    public StorageLayout Layout { get; } = layout;

    /// <summary>A table by its base name from <see cref="TableNames"/>.</summary>
    public TableClient Table(string baseName) => Tables.GetTableClient(Layout.Table(baseName));

    /// <summary>A container by its base name from <see cref="StorageNames"/>.</summary>
    public BlobContainerClient Container(string baseName) => Blobs.GetBlobContainerClient(Layout.Container(baseName));
}
