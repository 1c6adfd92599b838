namespace PlanetTechCare.Content.Data.Search;

/// <summary>
/// The search column and index that EF Core does not model: an immutable unaccent wrapper and a
/// stored generated tsvector (GIN) per language version, stemmed in the version's own language
/// plus the simple configuration (names, acronyms), accents removed on both sides.
/// <see cref="CloseSpellings"/> adds each version's unaccented title and summary (trigram GIN), which
/// a search matching no word falls back on.
/// </summary>
public static class SearchSchema
{
    public const string Create = """
        CREATE EXTENSION IF NOT EXISTS unaccent;

        CREATE OR REPLACE FUNCTION content_unaccent(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

        ALTER TABLE item_versions ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', content_unaccent(title)), 'A')
            || setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'french'::regconfig END, content_unaccent(title)), 'A')
            || setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'french'::regconfig END, content_unaccent(summary)), 'B')
            || setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'french'::regconfig END, content_unaccent(body_markdown)), 'C')
        ) STORED;

        CREATE INDEX ix_item_versions_search_vector ON item_versions USING gin (search_vector);
        """;

    public const string Drop = """
        DROP FUNCTION IF EXISTS content_unaccent(text);
        """;

    public const string CloseSpellings = """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;

        ALTER TABLE item_versions ADD COLUMN search_text text GENERATED ALWAYS AS (
            lower(content_unaccent(title || ' ' || summary))
        ) STORED;

        CREATE INDEX ix_item_versions_search_text_trgm ON item_versions USING gin (search_text gin_trgm_ops);
        """;

    public const string DropCloseSpellings = """
        DROP INDEX IF EXISTS ix_item_versions_search_text_trgm;
        ALTER TABLE item_versions DROP COLUMN IF EXISTS search_text;
        """;
}
