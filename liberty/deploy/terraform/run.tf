# The Cloud Run service (seed: "Cloud Run - Backend Service" and its Terraform block).
resource "google_cloud_run_v2_service" "app" {
  name                = var.service_name
  location            = var.region
  ingress             = "INGRESS_TRAFFIC_ALL"
  deletion_protection = var.deletion_protection
  labels              = local.labels

  template {
    service_account                  = google_service_account.run.email
    timeout                          = var.request_timeout
    max_instance_request_concurrency = var.concurrency
    execution_environment            = "EXECUTION_ENVIRONMENT_GEN2"

    scaling {
      min_instance_count = var.min_instances
      max_instance_count = var.max_instances
    }

    # Only private ranges (Cloud SQL's private IP) go through the VPC; Gemini and the Cloud SQL
    # Admin API are reached directly.
    vpc_access {
      connector = var.use_vpc_connector ? google_vpc_access_connector.run[0].id : null
      egress    = "PRIVATE_RANGES_ONLY"

      dynamic "network_interfaces" {
        for_each = var.use_vpc_connector ? [] : [1]
        content {
          network    = google_compute_network.main.id
          subnetwork = google_compute_subnetwork.run.id
        }
      }
    }

    containers {
      name  = "app"
      image = local.image

      ports {
        name           = "http1"
        container_port = 8080
      }

      resources {
        limits = {
          cpu    = var.cpu
          memory = var.memory
        }
        cpu_idle          = var.cpu_idle
        startup_cpu_boost = true
      }

      dynamic "env" {
        for_each = merge(
          {
            ENVIRONMENT               = var.environment
            CLOUD_SQL_CONNECTION_NAME = google_sql_database_instance.main.connection_name
            CLOUD_SQL_IP_TYPES        = "PRIVATE"
            DATABASE_NAME             = google_sql_database.shop.name
            DATABASE_USER             = google_sql_user.shop.name
            DATABASE_POOL_MIN         = tostring(local.db_pool_min)
            DATABASE_POOL_MAX         = tostring(local.db_pool_max)
            GEMINI_MODEL              = var.gemini_model
            ADMIN_USERNAME            = "admin"
            CONSOLE_FORMAT            = "json"
            LOG_LEVEL                 = "INFO"
            GOOGLE_CLOUD_PROJECT      = var.project_id
          },
          var.cors_allowed_origins == "" ? {} : { SHOP_CORS_ALLOWED_ORIGINS = var.cors_allowed_origins },
        )
        content {
          name  = env.key
          value = env.value
        }
      }

      # Secret Manager, latest version, read when an instance starts.
      dynamic "env" {
        for_each = local.secrets
        content {
          name = env.value.env
          value_source {
            secret_key_ref {
              secret  = google_secret_manager_secret.app[env.key].secret_id
              version = "latest"
            }
          }
        }
      }

      # Liberty, the EAR and Flyway need 25-60 s on 2 vCPU: the seed's 3 failures x 10 s would
      # kill every instance before it is up, so 12 (10 s + 12 x 10 s = 130 s).
      startup_probe {
        initial_delay_seconds = 10
        timeout_seconds       = 5
        period_seconds        = 10
        failure_threshold     = 12
        http_get {
          path = "/api/v1/health"
          port = 8080
        }
      }

      liveness_probe {
        timeout_seconds   = 5
        period_seconds    = 30
        failure_threshold = 3
        http_get {
          path = "/api/v1/health"
          port = 8080
        }
      }
    }

    # Managed Service for Prometheus: scrapes localhost:8080/metrics (its default RunMonitoring)
    # and writes prometheus.googleapis.com/<name>/<kind> series; starts after the app is up.
    containers {
      name       = "collector"
      image      = var.gmp_sidecar_image
      depends_on = ["app"]

      resources {
        limits = {
          cpu    = "1"
          memory = "512Mi"
        }
        cpu_idle = var.cpu_idle
      }
    }
  }

  depends_on = [
    google_project_iam_member.run,
    google_secret_manager_secret_iam_member.run,
    google_secret_manager_secret_version.db_password,
  ]
}
