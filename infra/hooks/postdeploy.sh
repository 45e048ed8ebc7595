#!/bin/sh
# azd postdeploy hook: subscribes the blob trigger to BlobCreated events of the incoming container.
# Why after deploy: the webhook URL carries the host's blobs_extension system key, which exists only
# once the deployed code has started. Safe to rerun: an existing subscription gets the current URL.
# azd exports the Bicep outputs used below; to run it by hand: eval "$(azd env get-values)"; sh infra/hooks/postdeploy.sh
set -eu

: "${AZURE_RESOURCE_GROUP:?missing; run through azd or load azd env get-values}"
: "${AZURE_FUNCTION_APP_NAME:?missing}"
: "${EVENTGRID_SYSTEM_TOPIC_NAME:?missing}"
: "${ARTICLES_INCOMING_CONTAINER:?missing}"
: "${BLOB_TRIGGER_FUNCTION_NAME:?missing}"

if ! command -v az >/dev/null 2>&1; then
  echo "postdeploy: the Azure CLI (az) is required: https://aka.ms/install-azure-cli" >&2
  exit 1
fi

subscription_name="${ARTICLES_INCOMING_CONTAINER}-blob-created"
host=$(az functionapp show -g "$AZURE_RESOURCE_GROUP" -n "$AZURE_FUNCTION_APP_NAME" --query defaultHostName -o tsv)

# The host creates the key when the blobs extension starts; a request wakes a scaled-to-zero app.
key=""
attempt=1
while [ "$attempt" -le 20 ]; do
  key=$(az functionapp keys list -g "$AZURE_RESOURCE_GROUP" -n "$AZURE_FUNCTION_APP_NAME" \
    --query "systemKeys.blobs_extension" -o tsv 2>/dev/null || true)
  [ -n "$key" ] && break
  echo "postdeploy: waiting for the blobs_extension key (attempt $attempt/20)..."
  if command -v curl >/dev/null 2>&1; then curl -s -o /dev/null "https://$host/api/health" || true; fi
  sleep 15
  attempt=$((attempt + 1))
done
if [ -z "$key" ]; then
  echo "postdeploy: no blobs_extension key after 5 minutes; check the app started (Application Insights), then rerun this script" >&2
  exit 1
fi

endpoint="https://$host/runtime/webhooks/blobs?functionName=Host.Functions.$BLOB_TRIGGER_FUNCTION_NAME&code=$key"
subject_prefix="/blobServices/default/containers/$ARTICLES_INCOMING_CONTAINER/blobs/"

if az eventgrid system-topic event-subscription show -g "$AZURE_RESOURCE_GROUP" \
  --system-topic-name "$EVENTGRID_SYSTEM_TOPIC_NAME" -n "$subscription_name" -o none 2>/dev/null; then
  verb=update
  set -- --endpoint "$endpoint"
else
  verb=create
  set -- --endpoint-type webhook --endpoint "$endpoint" \
    --included-event-types Microsoft.Storage.BlobCreated --subject-begins-with "$subject_prefix"
fi

# Event Grid validates the webhook with a handshake; a cold app may miss the first one, so retry.
attempt=1
until az eventgrid system-topic event-subscription "$verb" -g "$AZURE_RESOURCE_GROUP" \
  --system-topic-name "$EVENTGRID_SYSTEM_TOPIC_NAME" -n "$subscription_name" "$@" -o none; do
  if [ "$attempt" -ge 3 ]; then
    echo "postdeploy: could not $verb the Event Grid subscription" >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  sleep 20
done

echo "postdeploy: uploads to '$ARTICLES_INCOMING_CONTAINER' now trigger $BLOB_TRIGGER_FUNCTION_NAME (subscription $subscription_name)."
