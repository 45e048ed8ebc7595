# azd postdeploy hook (Windows): same steps as postdeploy.sh. Subscribes the blob trigger to
# BlobCreated events of the incoming container once the blobs_extension system key exists.
$ErrorActionPreference = 'Stop'

foreach ($name in 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'EVENTGRID_SYSTEM_TOPIC_NAME',
                  'ARTICLES_INCOMING_CONTAINER', 'BLOB_TRIGGER_FUNCTION_NAME') {
    if (-not [Environment]::GetEnvironmentVariable($name)) { throw "postdeploy: $name is missing; run through azd" }
}
if (-not (Get-Command az -ErrorAction SilentlyContinue)) { throw 'postdeploy: the Azure CLI (az) is required' }

$group = $env:AZURE_RESOURCE_GROUP
$app = $env:AZURE_FUNCTION_APP_NAME
$topic = $env:EVENTGRID_SYSTEM_TOPIC_NAME
$container = $env:ARTICLES_INCOMING_CONTAINER
$subscriptionName = "$container-blob-created"
$appHost = az functionapp show -g $group -n $app --query defaultHostName -o tsv

$key = ''
for ($attempt = 1; $attempt -le 20 -and -not $key; $attempt++) {
    $key = az functionapp keys list -g $group -n $app --query 'systemKeys.blobs_extension' -o tsv 2>$null
    if ($key) { break }
    Write-Host "postdeploy: waiting for the blobs_extension key (attempt $attempt/20)..."
    try { Invoke-WebRequest -Uri "https://$appHost/api/health" -UseBasicParsing -TimeoutSec 30 | Out-Null } catch { }
    Start-Sleep -Seconds 15
}
if (-not $key) { throw 'postdeploy: no blobs_extension key after 5 minutes; check the app started, then rerun this script' }

$endpoint = "https://$appHost/runtime/webhooks/blobs?functionName=Host.Functions.$($env:BLOB_TRIGGER_FUNCTION_NAME)&code=$key"
az eventgrid system-topic event-subscription show -g $group --system-topic-name $topic -n $subscriptionName -o none 2>$null
if ($LASTEXITCODE -eq 0) {
    $arguments = @('update', '--endpoint', $endpoint)
} else {
    $arguments = @('create', '--endpoint-type', 'webhook', '--endpoint', $endpoint,
        '--included-event-types', 'Microsoft.Storage.BlobCreated',
        '--subject-begins-with', "/blobServices/default/containers/$container/blobs/")
}

for ($attempt = 1; ; $attempt++) {
    az eventgrid system-topic event-subscription @arguments -g $group --system-topic-name $topic -n $subscriptionName -o none
    if ($LASTEXITCODE -eq 0) { break }
    if ($attempt -ge 3) { throw "postdeploy: could not $($arguments[0]) the Event Grid subscription" }
    Start-Sleep -Seconds 20
}
Write-Host "postdeploy: uploads to '$container' now trigger $($env:BLOB_TRIGGER_FUNCTION_NAME) (subscription $subscriptionName)."
