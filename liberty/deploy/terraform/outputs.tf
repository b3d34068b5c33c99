output "service_url" {
  description = "The service's URL."
  value       = google_cloud_run_v2_service.app.uri
}

output "image" {
  description = "The image this configuration deploys; push it before applying."
  value       = local.image
}

output "cloud_sql_connection_name" {
  description = "CLOUD_SQL_CONNECTION_NAME: project:region:instance."
  value       = google_sql_database_instance.main.connection_name
}

output "db_pool_max_per_instance" {
  description = "DATABASE_POOL_MAX given to every instance."
  value       = local.db_pool_max
}

output "secrets_to_fill" {
  description = "Secrets an operator adds a version to before the first deploy."
  value       = [for key, secret in google_secret_manager_secret.app : secret.secret_id if key != "db_password"]
}
