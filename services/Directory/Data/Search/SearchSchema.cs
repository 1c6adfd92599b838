namespace PlanetTechCare.Directory.Data.Search;

/// <summary>
/// The search columns and indexes that EF Core does not model: an immutable unaccent wrapper,
/// a stored generated tsvector (GIN) and a stored generated unaccented text (trigram GIN).
/// </summary>
public static class SearchSchema
{
    public const string Create = """
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE EXTENSION IF NOT EXISTS pg_trgm;

        CREATE OR REPLACE FUNCTION directory_unaccent(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

        ALTER TABLE listings ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', directory_unaccent(name)), 'A')
            || setweight(to_tsvector('simple', directory_unaccent(search_keywords)), 'B')
            || setweight(to_tsvector('french', directory_unaccent(search_keywords)), 'B')
            || setweight(to_tsvector('english', directory_unaccent(search_keywords)), 'B')
            || setweight(to_tsvector('french', directory_unaccent(coalesce(description_fr, '') || ' ' || coalesce(profile_description, ''))), 'C')
            || setweight(to_tsvector('english', directory_unaccent(coalesce(description_en, ''))), 'C')
        ) STORED;

        ALTER TABLE listings ADD COLUMN search_text text GENERATED ALWAYS AS (
            lower(directory_unaccent(name || ' ' || search_keywords))
        ) STORED;

        CREATE INDEX ix_listings_search_vector ON listings USING gin (search_vector);
        CREATE INDEX ix_listings_search_text_trgm ON listings USING gin (search_text gin_trgm_ops);
        """;

    public const string Drop = """
        DROP FUNCTION IF EXISTS directory_unaccent(text);
        """;
}
