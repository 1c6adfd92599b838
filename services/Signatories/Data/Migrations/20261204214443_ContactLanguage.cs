using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlanetTechCare.Signatories.Data.Migrations
{
    /// <inheritdoc />
    public partial class ContactLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "language",
                table: "signatories",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "fr");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "language",
                table: "signatories");
        }
    }
}
