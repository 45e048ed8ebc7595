// The one list of blob containers and tables the app uses, imported wherever a name is needed.
// src/Articles.Storage/StorageNames.cs must agree: tests/Articles.Infra.Tests compares the two.

@export()
@description('Content managers upload here; the blob trigger watches it.')
var incomingContainerName = 'articles-incoming'

@export()
var articleContainerNames = [
  incomingContainerName
  'articles-raw'
  'articles-rejected'
]

@export()
var tableNames = [
  'Articles'
  'ArticlesByDate'
  'ArticlesBySource'
  'ArticlesByOfficial'
  'Sources'
  'Officials'
  'Ingestions'
]
