using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlanetTechCare.Webhooks.Data.Migrations
{
    /// <inheritdoc />
    public partial class PartnerWorkshops : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "for_staff",
                table: "subscriptions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "partner_id",
                table: "subscriptions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<List<Guid>>(
                name: "partner_ids",
                table: "feed_events",
                type: "uuid[]",
                nullable: true);

            // Registrations forwarded before partners were known are left to staff alone.
            migrationBuilder.Sql("UPDATE feed_events SET partner_ids = '{}' WHERE event_type LIKE 'registration.%'");

            migrationBuilder.CreateTable(
                name: "workshop_hosts",
                columns: table => new
                {
                    workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workshop_hosts", x => x.workshop_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "workshop_hosts");

            migrationBuilder.DropColumn(
                name: "for_staff",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "partner_id",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "partner_ids",
                table: "feed_events");
        }
    }
}
