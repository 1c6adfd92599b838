namespace PlanetTechCare.Directory.Data.Search;

/// <summary>
/// The search columns and indexes that EF Core does not model: an immutable unaccent wrapper,
/// a stored generated tsvector (GIN), and the known words of the listings (<see cref="KnownWords"/>,
/// trigram GiST), which took the place of a stored generated unaccented text (trigram GIN).
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

    /// <summary>
    /// The known words (pg_trgm's "Text Search Integration"): every word of the searchable text of the listings
    /// that are or were public, as a search folds it, with a trigram GiST index. A typed word that is not one of them
    /// is compared with these few thousand words instead of with every listing's text. A trigger on each statement
    /// that writes listings adds the words of the rows it leaves public, in the same transaction; words that later
    /// disappear stay (they can only offer a correction that finds nothing). <c>search_text</c>, which the typo
    /// search used to compare with, goes. GiST rather than GIN: over 8,000 words the planner scans a GIN-indexed
    /// table whole (10–20 ms a word), and picks GiST; its 64-byte signatures find the closest words of one in
    /// 0.1–0.6 ms, against 0.7 ms with the default 12.
    /// </summary>
    public const string KnownWords = """
        -- The words of a listing's searchable text (the fields of search_vector): the simple lexemes of its unaccented
        -- text, hyphenated words both in parts and joined ("Éco-conception" → eco, conception, eco-conception, ecoconception).
        CREATE FUNCTION directory_words(name text, keywords text, description_fr text, profile_description text, description_en text)
            RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT tsvector_to_array(to_tsvector('simple', directory_unaccent(t)) || to_tsvector('simple', directory_compounds(t)))
                  FROM concat_ws(' ', name, keywords, description_fr, profile_description, description_en) AS t $$;

        CREATE TABLE search_words (word text PRIMARY KEY);
        CREATE INDEX ix_search_words_word_trgm ON search_words USING gist (word gist_trgm_ops (siglen = 64));

        -- A writer of a word another transaction is adding waits for it (ON CONFLICT); in word order, two writers of
        -- the same new words never wait for each other in a circle.
        CREATE FUNCTION directory_learn_words() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO search_words (word)
            SELECT DISTINCT w.word
            FROM changed l, unnest(directory_words(l.name, l.search_keywords, l.description_fr, l.profile_description, l.description_en)) AS w(word)
            WHERE l.status = 'Published' AND l.standing = 'InGoodStanding' AND l.category = 'digital-service-provider'
            ORDER BY w.word
            ON CONFLICT DO NOTHING;
            RETURN NULL;
        END $$;

        -- A trigger with transition tables has one event.
        CREATE TRIGGER tr_listings_inserted_learn_words AFTER INSERT ON listings
            REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_learn_words();
        CREATE TRIGGER tr_listings_updated_learn_words AFTER UPDATE ON listings
            REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_learn_words();

        INSERT INTO search_words (word)
        SELECT DISTINCT w.word
        FROM listings l, unnest(directory_words(l.name, l.search_keywords, l.description_fr, l.profile_description, l.description_en)) AS w(word)
        WHERE l.status = 'Published' AND l.standing = 'InGoodStanding' AND l.category = 'digital-service-provider'
        ON CONFLICT DO NOTHING;

        DROP INDEX ix_listings_search_text_trgm;
        ALTER TABLE listings DROP COLUMN search_text;
        """;

    public const string NoKnownWords = """
        ALTER TABLE listings ADD COLUMN search_text text GENERATED ALWAYS AS (
            lower(directory_unaccent(name || ' ' || search_keywords)) || ' ' || directory_compounds(name || ' ' || search_keywords)
        ) STORED;
        CREATE INDEX ix_listings_search_text_trgm ON listings USING gin (search_text gin_trgm_ops);

        DROP TRIGGER tr_listings_updated_learn_words ON listings;
        DROP TRIGGER tr_listings_inserted_learn_words ON listings;
        DROP FUNCTION directory_learn_words();
        DROP TABLE search_words;
        DROP FUNCTION directory_words(text, text, text, text, text);
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
