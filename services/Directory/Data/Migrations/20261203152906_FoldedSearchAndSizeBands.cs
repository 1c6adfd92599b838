using Microsoft.EntityFrameworkCore.Migrations;
using PlanetTechCare.Directory.Data.Search;

#nullable disable

namespace PlanetTechCare.Directory.Data.Migrations
{
    /// <summary>
    /// Search over folded text (accents, case, hyphens inside words); listing sizes in the signatory's
    /// size bands, which the head-count ranges staff had given map onto (both SME ranges are an SME).
    /// </summary>
    public partial class FoldedSearchAndSizeBands : Migration
    {
        private const string ToSizeBands = """
            UPDATE listings SET company_size = CASE company_size
                WHEN '1-9' THEN 'micro' WHEN '10-49' THEN 'sme' WHEN '50-249' THEN 'sme'
                WHEN '250-4999' THEN 'mid-size' WHEN '5000+' THEN 'large' END
            WHERE company_size IN ('1-9', '10-49', '50-249', '250-4999', '5000+');
            """;

        // Which of the two head-count ranges an SME falls in is not known: it is left without a size.
        private const string ToHeadCounts = """
            UPDATE listings SET company_size = CASE company_size
                WHEN 'micro' THEN '1-9' WHEN 'mid-size' THEN '250-4999' WHEN 'large' THEN '5000+' END
            WHERE company_size IS NOT NULL;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchSchema.Folded);
            migrationBuilder.Sql(ToSizeBands);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ToHeadCounts);
            migrationBuilder.Sql(SearchSchema.Unfolded);
        }
    }
}
