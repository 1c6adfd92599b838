using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlanetTechCare.Workshops.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "language",
                table: "registrations",
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
                table: "registrations");
        }
    }
}
