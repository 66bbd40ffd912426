-- Zorginkoop in Neovim: the set-up docs/language-server.md gives, and the file NeovimTests runs (Debian's 0.7).
-- Works from Neovim 0.7 on; with 0.10+ the autocmd below may call vim.lsp.start instead.

-- Neovim's bundled zip plugin would open every *.zip as an archive before any language server sees it.
vim.g.loaded_zipPlugin = 1
vim.g.loaded_zip = 1

vim.cmd('autocmd BufRead,BufNewFile *.zip setfiletype zorginkoop')

local client_id
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'zorginkoop',
  callback = function(args)
    client_id = client_id or vim.lsp.start_client({
      name = 'zorginkoop',
      cmd = { 'zorginkoop', 'lsp' },
      -- A larger first GC generation, as the VS Code extension starts the server (see "Garbage collector").
      cmd_env = { DOTNET_GCgen0size = '0x4000000' },
      root_dir = vim.fn.getcwd(),
    })
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})
