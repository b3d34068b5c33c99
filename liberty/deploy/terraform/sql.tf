# Cloud SQL for PostgreSQL 15 (seed: db-custom-2-4096, 20 GB SSD growing, private IP, daily
# backups kept 7 days with point-in-time recovery, HA in production).
resource "google_sql_database_instance" "main" {
  name                = "${var.service_name}-${var.environment}"
  region              = var.region
  database_version    = "POSTGRES_15"
  deletion_protection = var.deletion_protection

  settings {
    tier              = var.db_tier
    edition           = "ENTERPRISE"
    availability_type = local.high_availability ? "REGIONAL" : "ZONAL"
    disk_type         = "PD_SSD"
    disk_size         = var.db_disk_size_gb
    disk_autoresize   = true
    user_labels       = local.labels

    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.main.id
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    backup_configuration {
      enabled                        = true
      start_time                     = var.db_backup_start_time
      point_in_time_recovery_enabled = true
      transaction_log_retention_days = 7

      backup_retention_settings {
        retained_backups = 7
        retention_unit   = "COUNT"
      }
    }

    database_flags {
      name  = "max_connections"
      value = tostring(var.db_max_connections)
    }

    maintenance_window {
      day          = 7
      hour         = 19
      update_track = "stable"
    }

    insights_config {
      query_insights_enabled = true
    }
  }

  depends_on = [google_service_networking_connection.sql]
}

resource "google_sql_database" "shop" {
  name     = "shop"
  instance = google_sql_database_instance.main.name
}

# The application's user owns the schema: Flyway creates and alters it at start-up.
resource "google_sql_user" "shop" {
  name     = "shop"
  instance = google_sql_database_instance.main.name
  password = random_password.db.result
}

resource "random_password" "db" {
  length  = 32
  special = false
}
