// Articles API on Azure Functions Flex Consumption: `azd up` provisions this, deploys src/Articles.Functions,
// then infra/hooks/postdeploy.sh subscribes the blob trigger to the incoming container's events.
targetScope = 'subscription'

import { incomingContainerName } from 'app/storage-names.bicep'

@minLength(1)
@maxLength(64)
@description('azd environment name; names the resource group and seeds the unique resource names.')
param environmentName string

@minLength(1)
@description('Azure region for every resource (must offer Flex Consumption).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string = deployment().location

@minLength(2)
@maxLength(12)
@description('Short prefix in resource names, e.g. func-articles-<token>.')
param namePrefix string = 'articles'

@minValue(1)
@maxValue(1000)
@description('Upper bound on Flex Consumption instances: caps cost under a traffic spike.')
param maximumInstanceCount int = 40

@allowed([512, 2048, 4096])
@description('Memory per instance (MB); CPU scales with it.')
param instanceMemoryMB int = 2048

@description('Name of the blob-triggered function (as in functions.metadata); the post-deploy hook subscribes it to Event Grid.')
param blobTriggerFunctionName string = 'IngestIncomingBlob'

@description('Optional user or group object id allowed to upload articles into the incoming container.')
param uploaderPrincipalId string = ''

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var deploymentContainerName = 'app-package'
var storageAccountName = take('st${toLower(replace(namePrefix, '-', ''))}${resourceToken}', 24)
var functionAppName = 'func-${namePrefix}-${resourceToken}'
var identityName = 'id-${namePrefix}-${resourceToken}'
var applicationInsightsName = 'appi-${namePrefix}-${resourceToken}'

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-11-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  scope: resourceGroup
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  scope: resourceGroup
  params: {
    name: storageAccountName
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
  }
}

module monitoring 'app/monitoring.bicep' = {
  scope: resourceGroup
  params: {
    logAnalyticsName: 'log-${namePrefix}-${resourceToken}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
  }
}

module functionApp 'app/function-app.bicep' = {
  scope: resourceGroup
  params: {
    planName: 'plan-${namePrefix}-${resourceToken}'
    appName: functionAppName
    location: location
    tags: tags
    serviceName: 'api'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
}

// Names (not outputs) keep role-assignment ids predictable; dependsOn orders the deployment instead.
module roleAssignments 'app/role-assignments.bicep' = {
  scope: resourceGroup
  dependsOn: [identity, storage, monitoring]
  params: {
    storageAccountName: storageAccountName
    applicationInsightsName: applicationInsightsName
    appIdentityName: identityName
    incomingContainerName: incomingContainerName
    uploaderPrincipalId: uploaderPrincipalId
  }
}

module eventGrid 'app/event-grid.bicep' = {
  scope: resourceGroup
  params: {
    name: 'evgt-${storageAccountName}'
    location: location
    tags: tags
    storageAccountId: storage.outputs.id
  }
}

// azd stores these in the environment (.azure/<env>/.env); the post-deploy hook reads them.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output API_BASE_URL string = 'https://${functionApp.outputs.defaultHostName}/api'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output ARTICLES_INCOMING_CONTAINER string = incomingContainerName
output ARTICLES_INCOMING_CONTAINER_URL string = '${storage.outputs.blobEndpoint}${incomingContainerName}'
output EVENTGRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
output BLOB_TRIGGER_FUNCTION_NAME string = blobTriggerFunctionName
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
