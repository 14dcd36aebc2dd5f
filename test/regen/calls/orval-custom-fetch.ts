// orval's documented custom-fetch mutator (copied to out/orval/custom-fetch.ts): its fetch client
// calls paths relative to the page, so a Node caller supplies the base URL here.
import { baseUrl } from './sample';

export const customFetch = async <T>(url: string, options: RequestInit): Promise<T> => {
  const response = await fetch(`${baseUrl}${url}`, options);
  const text = [204, 205, 304].includes(response.status) ? '' : await response.text();
  return { data: text ? JSON.parse(text) : undefined, status: response.status, headers: response.headers } as T;
};
