# The service's own identity, with only what it uses (seed: "IAM Authentication: service accounts").
resource "google_service_account" "run" {
  account_id   = "${var.service_name}-run"
  display_name = "Shop Assistant on Cloud Run"
}

resource "google_project_iam_member" "run" {
  for_each = toset([
    "roles/cloudsql.client",         # the Java connector: instance metadata and ephemeral certificates
    "roles/logging.logWriter",       # structured logs
    "roles/monitoring.metricWriter", # the Managed Prometheus sidecar writes the app's metrics
  ])

  project = var.project_id
  role    = each.value
  member  = "serviceAccount:${google_service_account.run.email}"
}

# Each secret readable by this service account only, one binding per secret (not project-wide).
resource "google_secret_manager_secret_iam_member" "run" {
  for_each = google_secret_manager_secret.app

  secret_id = each.value.id
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:${google_service_account.run.email}"
}

resource "google_cloud_run_v2_service_iam_member" "invokers" {
  for_each = toset(var.invoker_members)

  name     = google_cloud_run_v2_service.app.name
  location = google_cloud_run_v2_service.app.location
  role     = "roles/run.invoker"
  member   = each.value
}
