/** A report that does not exist or that this viewer may not see: the same neutral answer either way. */
export default function ReportNotFound() {
  return (
    <main style={{ maxWidth: 560, margin: '15vh auto', padding: 24, fontFamily: 'system-ui, sans-serif', color: '#1f2937' }}>
      <h1 style={{ fontSize: 22, margin: '0 0 8px' }}>Report not found</h1>
      <p style={{ margin: 0, color: '#4b5563' }}>This report does not exist or is not shared with you. Check the link, or ask the person who sent it.</p>
    </main>
  );
}
