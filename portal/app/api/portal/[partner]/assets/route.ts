import { AppError } from '@/lib/errors';
import { requestMeta } from '@/server/auth/request-meta';
import { MAX_LOGO_BYTES, storeLogo } from '@/server/theming/assets';
import { withPartnerRoute } from '@/server/tenancy/route';

export const dynamic = 'force-dynamic';

/** POST multipart/form-data with a `logo` file: PNG, JPEG or WebP up to 256 KB (checked by content, not name). */
export const POST = withPartnerRoute(
  async ({ request, ctx }) => {
    if (Number(request.headers.get('content-length') ?? 0) > MAX_LOGO_BYTES + 64 * 1024) throw new AppError('VALIDATION_FAILED', `A logo may be at most ${MAX_LOGO_BYTES / 1024} KB.`, { status: 413 });
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw new AppError('BAD_REQUEST', 'Send the logo as multipart/form-data.');
    }
    const file = form.get('logo');
    if (!(file instanceof File)) throw new AppError('VALIDATION_FAILED', 'Choose an image file.', { issues: [{ path: 'logo', message: 'Missing file.' }] });
    const asset = await storeLogo({ ...ctx, ...(await requestMeta()), actor: { type: 'user', id: ctx.user.id, label: ctx.user.email } }, file);
    return Response.json(asset, { status: 201 });
  },
  { permission: 'theme.write' },
);
