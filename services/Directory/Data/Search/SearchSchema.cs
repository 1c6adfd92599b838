namespace PlanetTechCare.Directory.Data.Search;

/// <summary>
/// The search columns and indexes that EF Core does not model: an immutable unaccent wrapper,
/// a stored generated tsvector (GIN) and a stored generated unaccented text (trigram GIN).
/// <see cref="Folded"/> defines them over folded text, the way a query is folded
/// (<c>directory_fold</c>: accents, case, and the hyphens inside a word, as <c>Domain/SearchText</c>
/// does): "éco-conception", "Écoconception" and "ecoconception" are one word to the search. The
/// text keeps its hyphenated words' parts too, so "green it" still finds "Green-IT".
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

    public const string Folded = """
        CREATE OR REPLACE FUNCTION directory_fold(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT regexp_replace(lower(directory_unaccent(translate($1, '‐‑', '--'))), '([[:alnum:]])-(?=[[:alnum:]])', '\1', 'g') $$;

        -- The hyphenated words of a text, folded ("Éco-conception, Green-IT" → "ecoconception greenit").
        CREATE OR REPLACE FUNCTION directory_compounds(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT coalesce(string_agg(directory_fold(m[1]), ' '), '')
                  FROM regexp_matches(directory_unaccent(translate($1, '‐‑', '--')), '([^[:space:][:punct:]]+(?:-[^[:space:][:punct:]]+)+)', 'g') AS m $$;

        DROP INDEX ix_listings_search_vector;
        DROP INDEX ix_listings_search_text_trgm;
        ALTER TABLE listings DROP COLUMN search_vector, DROP COLUMN search_text;

        ALTER TABLE listings ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', directory_unaccent(name)), 'A')
            || setweight(to_tsvector('simple', directory_compounds(name)), 'A')
            || setweight(to_tsvector('simple', directory_unaccent(search_keywords)), 'B')
            || setweight(to_tsvector('simple', directory_compounds(search_keywords)), 'B')
            || setweight(to_tsvector('french', directory_unaccent(search_keywords)), 'B')
            || setweight(to_tsvector('english', directory_unaccent(search_keywords)), 'B')
            || setweight(to_tsvector('french', directory_unaccent(coalesce(description_fr, '') || ' ' || coalesce(profile_description, ''))), 'C')
            || setweight(to_tsvector('english', directory_unaccent(coalesce(description_en, ''))), 'C')
            || setweight(to_tsvector('simple', directory_compounds(
                   coalesce(description_fr, '') || ' ' || coalesce(profile_description, '') || ' ' || coalesce(description_en, ''))), 'C')
        ) STORED;

        ALTER TABLE listings ADD COLUMN search_text text GENERATED ALWAYS AS (
            lower(directory_unaccent(name || ' ' || search_keywords)) || ' ' || directory_compounds(name || ' ' || search_keywords)
        ) STORED;

        CREATE INDEX ix_listings_search_vector ON listings USING gin (search_vector);
        CREATE INDEX ix_listings_search_text_trgm ON listings USING gin (search_text gin_trgm_ops);
        """;

    public const string Unfolded = """
        DROP INDEX ix_listings_search_vector;
        DROP INDEX ix_listings_search_text_trgm;
        ALTER TABLE listings DROP COLUMN search_vector, DROP COLUMN search_text;

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

        DROP FUNCTION IF EXISTS directory_compounds(text);
        DROP FUNCTION IF EXISTS directory_fold(text);
        """;
}
