using Articles.LocalHost;

// Runs Articles.Functions on http://localhost:7071 where Azure Functions Core Tools are not installed (see README).
var app = LocalHostApp.Build(args);
app.Logger.LogInformation("Function keys are not checked locally: every route accepts requests without a key (as with Core Tools).");
await app.RunAsync();
