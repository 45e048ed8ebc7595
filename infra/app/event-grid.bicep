// Event Grid system topic on the storage account. The blob trigger (Source = EventGrid) is fed by a
// webhook subscription on this topic; that subscription needs the blobs_extension system key, which
// exists only once the code runs, so infra/hooks/postdeploy.sh creates it after `azd deploy`.

param name string
param location string
param tags object
param storageAccountId string

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = topic.name
