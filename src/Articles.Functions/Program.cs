using Articles.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// Composition only: the same registration serves the local host (src/Articles.LocalHost).
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddArticlesApp(builder.Configuration);
builder.Build().Run();
