namespace PlanetTechCare.Identity.Apis;

/// <summary>
/// The sign-in pages' stylesheet, served as a file so that the pages' policy allows styles from
/// this site only (<c>style-src 'self'</c>), never inline. Colours and fonts are the staff
/// dashboard's (MudBlazor's default palette, its green app bar); the fonts are the system's, so
/// the page loads nothing from elsewhere.
/// </summary>
public static class AccountStyles
{
    public const string Path = "/account/sign-in.css";

    public const string Policy = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'";

    public const string Css = """
        :root { --green: #00c853; --primary: #594ae2; --error: #f44336; --text: rgba(0,0,0,.87); --lines: #e0e0e0; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f5f5f5; color: var(--text); font-family: Roboto, Helvetica, Arial, sans-serif; font-size: .95rem; line-height: 1.5; }
        .bar { display: flex; align-items: center; justify-content: space-between; background: var(--green); color: #fff; padding: .9rem 1.5rem; box-shadow: 0 2px 4px rgba(0,0,0,.2); }
        .bar .brand { font-size: 1.25rem; font-weight: 500; }
        .bar a { color: #fff; text-decoration: none; text-transform: uppercase; font-weight: 500; font-size: .875rem; letter-spacing: .03em; }
        main { max-width: 26rem; margin: 3rem auto; padding: 2rem; background: #fff; border-radius: 4px; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
        h1 { margin: 0 0 1rem; font-size: 1.5rem; font-weight: 400; }
        label { display: block; margin: 1rem 0; font-size: .85rem; color: rgba(0,0,0,.6); }
        input { display: block; width: 100%; margin-top: .3rem; padding: .6rem .7rem; font: inherit; color: var(--text); border: 1px solid #bdbdbd; border-radius: 4px; }
        input:focus { outline: 2px solid var(--primary); border-color: transparent; }
        button { margin-top: .5rem; width: 100%; padding: .65rem; border: 0; border-radius: 4px; background: var(--primary); color: #fff; font: inherit; font-weight: 500; text-transform: uppercase; letter-spacing: .03em; cursor: pointer; }
        button:hover { background: #3a2cc4; }
        .error { margin: 0 0 1rem; padding: .7rem 1rem; border-radius: 4px; background: #fdecea; color: #b71c1c; }
        """;
}
