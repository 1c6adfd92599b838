using Microsoft.EntityFrameworkCore.Migrations;
using PlanetTechCare.Directory.Data.Search;

#nullable disable

namespace PlanetTechCare.Directory.Data.Migrations
{
    /// <summary>
    /// The known words of the listings, for close spellings of unknown typed words, filled from the listings
    /// already public and kept by a trigger; the trigram-indexed text the typo search compared with goes.
    /// </summary>
    public partial class KnownSearchWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchSchema.KnownWords);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchSchema.NoKnownWords);
        }
    }
}
