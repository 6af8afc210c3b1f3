-- Run after the README's Neovim setup (loaded with -u): opens CONNECTLINT_FILES
-- (colon-separated) one after another, waits until those expected to get
-- diagnostics have them, and prints what the editor holds as JSON: the running
-- clients with their roots, and each buffer's filetype, client and diagnostic codes.
vim.o.hidden = true
local files = vim.split(vim.env.CONNECTLINT_FILES, ':')
local expect = tonumber(vim.env.CONNECTLINT_EXPECT)
local buffers = {}
for _, file in ipairs(files) do
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  table.insert(buffers, vim.api.nvim_get_current_buf())
end
vim.wait(30000, function()
  local with = 0
  for _, buffer in ipairs(buffers) do
    if #vim.diagnostic.get(buffer) > 0 then with = with + 1 end
  end
  return with >= expect
end, 50)
local out = { clients = {}, buffers = {} }
for _, client in pairs(vim.lsp.get_active_clients()) do
  table.insert(out.clients, { name = client.name, root = client.config.root_dir })
end
for i, buffer in ipairs(buffers) do
  local codes = {}
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(codes, d.code or lsp.code)
  end
  local attached = {}
  for _, client in pairs(vim.lsp.buf_get_clients(buffer)) do
    table.insert(attached, client.config.root_dir)
  end
  table.insert(out.buffers, {
    file = files[i],
    filetype = vim.bo[buffer].filetype,
    clients = attached,
    codes = codes,
  })
end
io.stdout:write(vim.fn.json_encode(out) .. '\n')
for _, client in pairs(vim.lsp.get_active_clients()) do client.stop() end
vim.cmd('qa!')
