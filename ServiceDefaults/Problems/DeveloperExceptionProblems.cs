using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace PlanetTechCare.ServiceDefaults.Problems;

/// <summary>
/// In Development (the AppHost runs the services so) the framework puts its developer exception
/// page in front of every app; as its last filter, this one answers with the same problem as
/// every other environment instead of a page with the stack trace and the request's headers.
/// </summary>
internal sealed class DeveloperExceptionProblems(IProblemDetailsService problems) : IDeveloperPageExceptionFilter
{
    public async Task HandleExceptionAsync(ErrorContext errorContext, Func<ErrorContext, Task> next)
    {
        var http = errorContext.HttpContext;
        http.Response.StatusCode = ExceptionProblems.StatusOf(errorContext.Exception);
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, Exception = errorContext.Exception });
    }
}
