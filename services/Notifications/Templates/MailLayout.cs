using System.Net;
using System.Text;

namespace PlanetTechCare.Notifications.Templates;

/// <summary>
/// The platform's look, shared by every e-mail: the programme's name in a green band, the content,
/// a footer saying what the programme is and that the message is automatic. Styles are inline
/// (mail clients drop style sheets); every text is HTML-encoded. The plain-text body says the same.
/// </summary>
public static class MailLayout
{
    public const string ProgrammeName = "Planet Tech'Care";

    private const string Green = "#1f6f4a";

    public static string Footer(string language) => language == "en"
        ? "Planet Tech'Care helps organisations measure and reduce the environmental footprint of their digital products and services. This message was sent automatically: please do not reply to it."
        : "Planet Tech'Care accompagne les organisations pour mesurer et réduire l'empreinte environnementale de leurs produits et services numériques. Ce message est envoyé automatiquement : merci de ne pas y répondre.";

    public static string Html(MailContent content, string language)
    {
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{Encode(content.Subject)}</title></head>");
        html.Append("<body style=\"margin:0;padding:0;background:#f2f5f3;font-family:Arial,Helvetica,sans-serif;color:#1d2b24;\">");
        html.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f2f5f3;padding:24px 0;\"><tr><td align=\"center\">");
        html.Append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px;background:#ffffff;border-radius:8px;\">");
        html.Append($"<tr><td style=\"background:{Green};color:#ffffff;padding:20px 32px;font-size:20px;font-weight:bold;border-radius:8px 8px 0 0;\">{Encode(ProgrammeName)}</td></tr>");
        html.Append("<tr><td style=\"padding:32px;font-size:16px;line-height:1.5;\">");
        html.Append($"<h1 style=\"font-size:22px;margin:0 0 16px;color:{Green};\">{Encode(content.Heading)}</h1>");
        foreach (var paragraph in content.Paragraphs)
        {
            html.Append($"<p style=\"margin:0 0 16px;\">{Encode(paragraph)}</p>");
        }

        if (content.Facts is { Count: > 0 } facts)
        {
            html.Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:0 0 16px;\">");
            foreach (var fact in facts)
            {
                html.Append($"<tr><td style=\"padding:4px 16px 4px 0;color:#5b6b63;vertical-align:top;\">{Encode(fact.Label)}</td>");
                html.Append($"<td style=\"padding:4px 0;font-weight:bold;\">{Encode(fact.Value)}</td></tr>");
            }

            html.Append("</table>");
        }

        if (content.Action is { } action)
        {
            html.Append($"<p style=\"margin:24px 0 8px;\"><a href=\"{Encode(action.Url)}\" style=\"background:{Green};color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;display:inline-block;\">{Encode(action.Label)}</a></p>");
            html.Append($"<p style=\"margin:0 0 16px;font-size:12px;color:#5b6b63;word-break:break-all;\">{Encode(action.Url)}</p>");
        }

        html.Append("</td></tr>");
        html.Append($"<tr><td style=\"padding:16px 32px;font-size:12px;line-height:1.4;color:#5b6b63;border-top:1px solid #e1e8e4;\">{Encode(Footer(language))}</td></tr>");
        html.Append("</table></td></tr></table></body></html>");
        return html.ToString();
    }

    public static string Text(MailContent content, string language)
    {
        var text = new StringBuilder();
        text.Append(ProgrammeName).Append("\n\n");
        text.Append(content.Heading).Append('\n').Append(new string('=', content.Heading.Length)).Append("\n\n");
        foreach (var paragraph in content.Paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
        }

        foreach (var fact in content.Facts ?? [])
        {
            text.Append(fact.Label).Append(' ').Append(fact.Value).Append('\n');
        }

        if (content.Facts is { Count: > 0 })
        {
            text.Append('\n');
        }

        if (content.Action is { } action)
        {
            text.Append(action.Label).Append(language == "en" ? ": " : " : ").Append(action.Url).Append("\n\n");
        }

        text.Append("-- \n").Append(Footer(language)).Append('\n');
        return text.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
