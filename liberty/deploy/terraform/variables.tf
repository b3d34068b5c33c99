variable "project_id" {
  description = "Google Cloud project that holds every resource."
  type        = string
}

variable "region" {
  description = "Region of Cloud Run, Cloud SQL, Artifact Registry (seed: Jakarta)."
  type        = string
  default     = "asia-southeast2"
}

variable "environment" {
  description = "production, staging or development: sets the Cloud SQL HA default and labels."
  type        = string
  default     = "production"

  validation {
    condition     = contains(["production", "staging", "development"], var.environment)
    error_message = "environment must be production, staging or development."
  }
}

variable "image_tag" {
  description = "Tag of the shop-assistant image in the Artifact Registry repository (e.g. the git commit)."
  type        = string
}

variable "service_name" {
  description = "Cloud Run service name; also names the image, the service account and the database instance."
  type        = string
  default     = "shop-assistant"
}

# --- Cloud Run (seed: "Cloud Run - Backend Service") ---

variable "cpu" {
  description = "vCPU per instance."
  type        = string
  default     = "2"
}

variable "memory" {
  description = "Memory per instance."
  type        = string
  default     = "4Gi"
}

variable "min_instances" {
  description = "Instances kept warm (seed: 1, no cold start for the first chat)."
  type        = number
  default     = 1
}

variable "max_instances" {
  description = "Upper bound of autoscaling; the connection pool per instance is sized from it."
  type        = number
  default     = 20
}

variable "concurrency" {
  description = "Requests one instance serves at once."
  type        = number
  default     = 80
}

variable "request_timeout" {
  description = "Longest request (a streamed chat turn), as a duration."
  type        = string
  default     = "300s"
}

variable "cpu_idle" {
  description = "true: CPU only while serving requests (the seed's on-request allocation, cheaper); false: always allocated, which the Managed Prometheus sidecar needs to scrape reliably between requests."
  type        = bool
  default     = false
}

variable "use_vpc_connector" {
  description = "true: a Serverless VPC Access connector (the seed's design); false: Direct VPC egress (no connector VMs to pay for or scale)."
  type        = bool
  default     = false
}

variable "invoker_members" {
  description = "Who may call the service (roles/run.invoker). Seed: none public, the front end's service account only; add \"allUsers\" to serve the built-in chat page directly."
  type        = list(string)
  default     = []
}

variable "gemini_model" {
  description = "Default Gemini model (GEMINI_MODEL)."
  type        = string
  default     = "gemini-2.5-flash"
}

variable "cors_allowed_origins" {
  description = "SHOP_CORS_ALLOWED_ORIGINS: the front end's origins, comma-separated; empty for none."
  type        = string
  default     = ""
}

variable "gmp_sidecar_image" {
  description = "Managed Service for Prometheus collector that scrapes the app's /metrics on localhost:8080."
  type        = string
  default     = "us-docker.pkg.dev/cloud-ops-agents-artifacts/cloud-run-gmp-sidecar/cloud-run-gmp-sidecar:1.2.0"
}

# --- Network ---

variable "run_subnet_cidr" {
  description = "Subnet for Direct VPC egress (a /26 or larger: one address per instance plus headroom)."
  type        = string
  default     = "10.10.0.0/24"
}

variable "connector_cidr" {
  description = "The /28 of the Serverless VPC Access connector, when use_vpc_connector is true."
  type        = string
  default     = "10.8.0.0/28"
}

# --- Cloud SQL (seed: "Cloud SQL - PostgreSQL") ---

variable "db_tier" {
  description = "Machine type; see the scaling table in docs/operations.md for when to move up."
  type        = string
  default     = "db-custom-2-4096"
}

variable "db_disk_size_gb" {
  description = "Initial SSD size; it grows automatically."
  type        = number
  default     = 20
}

variable "db_high_availability" {
  description = "REGIONAL (a standby in another zone, automatic failover) instead of ZONAL. null: on for production only."
  type        = bool
  default     = null
}

variable "db_max_connections" {
  description = "PostgreSQL max_connections (seed: 100-150 for db-custom-2-4096)."
  type        = number
  default     = 150
}

variable "db_reserved_connections" {
  description = "Connections kept out of the application's pools: superuser slots, Cloud SQL's own, an operator's psql, a migration run by hand."
  type        = number
  default     = 10
}

variable "db_backup_start_time" {
  description = "Daily backup start, HH:MM UTC (18:00 UTC is 01:00 in Jakarta)."
  type        = string
  default     = "18:00"
}

variable "deletion_protection" {
  description = "Protect the database instance and the service from terraform destroy."
  type        = bool
  default     = true
}

# --- Alerts (seed: "Key Metrics to Track" and "Alerting Policy") ---

variable "paging_notification_channels" {
  description = "Notification channel ids for alerts that page (seed: PagerDuty)."
  type        = list(string)
  default     = []
}

variable "notification_channels" {
  description = "Notification channel ids for alerts that notify without paging (seed: Slack, e-mail)."
  type        = list(string)
  default     = []
}

variable "alert_latency_p95_seconds" {
  description = "API p95 latency above which to alert (seed: > 1000 ms)."
  type        = number
  default     = 1
}

variable "alert_error_rate" {
  description = "Share of 5xx answers above which to alert (seed: > 5 %)."
  type        = number
  default     = 0.05
}

variable "alert_sql_cpu" {
  description = "Cloud SQL CPU utilisation above which to alert (seed: > 85 %)."
  type        = number
  default     = 0.85
}

variable "alert_sql_connections_share" {
  description = "Share of max_connections in use above which to alert (seed: > 90 %)."
  type        = number
  default     = 0.9
}

variable "alert_gemini_429_per_minute" {
  description = "Gemini 429 answers per minute above which to alert (seed: > 10/min)."
  type        = number
  default     = 10
}

variable "alert_gemini_5xx_share" {
  description = "Share of Gemini calls answered 5xx above which to alert (seed: > 5 % for 1 min)."
  type        = number
  default     = 0.05
}

variable "alert_daily_cost_usd" {
  description = "Model cost of the current day above which to alert (seed: > $75)."
  type        = number
  default     = 75
}

variable "alert_token_spike_ratio" {
  description = "Tokens of the last 24 hours over the daily average of the 7 days before (seed: > 150 %)."
  type        = number
  default     = 1.5
}
