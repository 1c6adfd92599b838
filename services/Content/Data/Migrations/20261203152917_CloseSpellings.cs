using Microsoft.EntityFrameworkCore.Migrations;
using PlanetTechCare.Content.Data.Search;

#nullable disable

namespace PlanetTechCare.Content.Data.Migrations
{
    /// <inheritdoc />
    public partial class CloseSpellings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchSchema.CloseSpellings);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchSchema.DropCloseSpellings);
        }
    }
}
